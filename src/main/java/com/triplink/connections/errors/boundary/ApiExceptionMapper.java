package com.triplink.connections.errors.boundary;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Turns every failure under {@code /api} (a refused change, bad input, a path or method that
 * does not exist, missing credentials, a lost race, an unreachable database, a bug) into the
 * API's error body in the format the caller accepts.
 */
@Provider
public class ApiExceptionMapper implements ExceptionMapper<Throwable> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Throwable exception) {
        return ErrorResponses.api(Failures.of(exception),
                headers.getHeaderString(HttpHeaders.ACCEPT));
    }
}
