package com.triplink.connections.errors.boundary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.triplink.connections.errors.control.DomainException;
import com.unboundid.scim2.common.exceptions.ScimException;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * Decides what every exception means to the caller: the status, the codes and the message of
 * the error body, for the API and for SCIM alike. Known failures are also found inside the
 * exceptions that wrap them (a lost race, an unreachable database, a refused change).
 */
public final class Failures {

    /** The error types of RFC 7644, section 3.12. */
    private static final Set<String> SCIM_TYPES = Set.of("invalidFilter", "tooMany",
            "uniqueness", "mutability", "invalidSyntax", "invalidPath", "noTarget",
            "invalidValue", "invalidVers", "sensitive");

    private Failures() {
    }

    /** What the exception means to the caller. */
    public static Failure of(Throwable exception) {
        if (exception instanceof IOException) {
            // only reading the request body throws it unwrapped; deeper in a chain an
            // IOException is the database driver's and is judged below
            return Failure.of(400, "INVALID_BODY", "invalidSyntax", "The request body could"
                    + " not be read: it ended before its declared length or did not arrive in"
                    + " time.");
        }
        if (exception instanceof WebApplicationException web) {
            return ofWebApplication(web);
        }
        for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
            Failure known = known(cause, exception);
            if (known != null) {
                return known;
            }
        }
        return internal(500, exception);
    }

    /** A 500 (or other 5xx) for a failure of the service itself. */
    public static Failure internal(int status, Throwable cause) {
        return Failure.unexpected(status, "INTERNAL_ERROR", "The service failed to answer;"
                + " quote the error ID when reporting it.", cause);
    }

    /** The HTTP status of a failure that control code reports. */
    public static int statusOf(DomainException exception) {
        return switch (exception.kind()) {
            case INVALID_INPUT -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case PRECONDITION_FAILED -> 412;
            case PAYLOAD_TOO_LARGE -> 413;
            case UNAVAILABLE -> 503;
        };
    }

    private static Failure known(Throwable cause, Throwable exception) {
        if (cause instanceof DomainException domain) {
            int status = statusOf(domain);
            String scimType = SCIM_TYPES.contains(domain.code()) ? domain.code()
                    : status == 400 ? "invalidValue" : null;
            return Failure.of(status, domain.code(), scimType, domain.getMessage());
        }
        if (cause instanceof ConstraintViolationException violations) {
            return Failure.of(400, "INVALID_PARAMETER", "invalidValue", messages(violations));
        }
        if (cause instanceof ScimException scim) {
            return Failure.of(scim.getScimError().getStatus(), "BAD_REQUEST",
                    scim.getScimError().getScimType(), scim.getScimError().getDetail());
        }
        if (cause instanceof JsonProcessingException json) {
            return Failure.of(400, "INVALID_BODY", "invalidSyntax", "The body is not valid"
                    + " JSON: " + json.getOriginalMessage());
        }
        if (cause instanceof org.hibernate.exception.ConstraintViolationException) {
            return Failure.of(409, "CONCURRENT_CHANGE", "uniqueness", "A concurrent change"
                    + " took a value that must be unique; read the resource again and retry.");
        }
        if (isLostRace(cause)) {
            return Failure.of(409, "CONCURRENT_CHANGE", null,
                    "Another change to this resource won; read it again and retry.");
        }
        if (isConnectionFailure(cause)) {
            return Failure.unexpected(503, "DATABASE_UNAVAILABLE",
                    "The database cannot be reached; retry after the Retry-After delay.",
                    exception);
        }
        return null;
    }

    private static Failure ofWebApplication(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        if (status >= 500) {
            return internal(status, exception);
        }
        Failure failure = Failure.ofStatus(status);
        return new Failure(failure.status(), failure.code(), failure.scimType(),
                failure.message(), null,
                exception.getResponse().getHeaderString(HttpHeaders.ALLOW));
    }

    private static String messages(ConstraintViolationException exception) {
        return exception.getConstraintViolations().stream()
                .map(ConstraintViolation::getMessage)
                .sorted()
                .distinct()
                .collect(Collectors.joining(" "));
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
