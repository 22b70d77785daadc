package com.triplink.connections.errors.boundary;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Turns every failure under {@code /scim/v2} into the SCIM error body
 * ({@code urn:ietf:params:scim:api:messages:2.0:Error}, RFC 7644 section 3.12).
 */
@Provider
public class ScimExceptionMapper implements ExceptionMapper<Throwable> {

    @Override
    public Response toResponse(Throwable exception) {
        return ErrorResponses.scim(Failures.of(exception));
    }
}
