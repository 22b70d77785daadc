package com.triplink.connections.errors.boundary;

import com.triplink.connections.errors.control.DomainException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * The last resort: finds a known failure inside wrapped exceptions (a body that never arrived
 * whole, a lost race, an unreachable database) and answers everything else with a 500 whose
 * cause is logged, never shown.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable exception) {
        String accept = headers.getHeaderString(HttpHeaders.ACCEPT);
        if (exception instanceof IOException) {
            // only reading the request body throws it unwrapped; deeper in a chain an
            // IOException is the database driver's and is judged below
            return ErrorResponses.of(400, "INVALID_BODY", "The request body could not be"
                    + " read: it ended before its declared length or did not arrive in time.",
                    accept);
        }
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            if (cause instanceof DomainException domain) {
                return ErrorResponses.of(DomainExceptionMapper.statusOf(domain), domain.code(),
                        domain.getMessage(), accept);
            }
            if (isLostRace(cause)) {
                return ErrorResponses.of(409, "CONCURRENT_CHANGE",
                        "Another change to this request won; read it again and retry.", accept);
            }
            if (isConnectionFailure(cause)) {
                return ErrorResponses.unexpected(503, "DATABASE_UNAVAILABLE",
                        "The database cannot be reached; retry after the Retry-After delay.",
                        exception, accept);
            }
        }
        return ErrorResponses.internalError(500, exception, accept);
    }

    private static boolean isLostRace(Throwable cause) {
        return cause instanceof OptimisticLockException
                || cause instanceof PessimisticLockException
                || cause instanceof LockTimeoutException
                || cause instanceof StaleStateException
                || cause instanceof org.hibernate.PessimisticLockException;
    }

    private static boolean isConnectionFailure(Throwable cause) {
        if (cause instanceof SQLTransientConnectionException
                || cause instanceof JDBCConnectionException) {
            return true;
        }
        if (cause instanceof SQLException sql && sql.getSQLState() != null) {
            return sql.getSQLState().startsWith("08");
        }
        return cause.getClass().getName().endsWith("PoolingException");
    }
}
