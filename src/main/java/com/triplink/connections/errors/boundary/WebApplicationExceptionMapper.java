package com.triplink.connections.errors.boundary;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Gives the failures that JAX-RS itself detects (unknown path, wrong method, unsupported
 * formats, missing or insufficient credentials) the API's error body.
 */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        String accept = headers.getHeaderString(HttpHeaders.ACCEPT);
        if (status >= 500) {
            return ErrorResponses.internalError(status, exception, accept);
        }
        StatusText text = StatusText.of(status);
        Response response = ErrorResponses.of(status, text.code(), text.message(), accept);
        String allow = exception.getResponse().getHeaderString(HttpHeaders.ALLOW);
        if (allow != null) {
            return Response.fromResponse(response).header(HttpHeaders.ALLOW, allow).build();
        }
        return response;
    }
}
