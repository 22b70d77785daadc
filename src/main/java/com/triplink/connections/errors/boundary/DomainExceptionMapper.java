package com.triplink.connections.errors.boundary;

import com.triplink.connections.errors.control.DomainException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Turns a failure reported by control code into its HTTP status and the API's error body. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(DomainException exception) {
        return ErrorResponses.of(statusOf(exception), exception.code(), exception.getMessage(),
                headers.getHeaderString(HttpHeaders.ACCEPT));
    }

    static int statusOf(DomainException exception) {
        return switch (exception.kind()) {
            case INVALID_INPUT -> 400;
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case PAYLOAD_TOO_LARGE -> 413;
            case UNAVAILABLE -> 503;
        };
    }
}
