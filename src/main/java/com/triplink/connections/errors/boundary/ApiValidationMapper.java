package com.triplink.connections.errors.boundary;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures of what enters the API, as a 400 naming the fields. (A mapper of
 * this exact type, because Jersey's own mapper for validation failures, which answers without
 * a body, would otherwise take precedence over {@link ApiExceptionMapper}.)
 */
@Provider
public class ApiValidationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        return ErrorResponses.api(Failures.of(exception),
                headers.getHeaderString(HttpHeaders.ACCEPT));
    }
}
