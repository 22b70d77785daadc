package com.triplink.connections.errors.boundary;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Bean Validation failures of what enters the SCIM service provider, as a SCIM 400 of type
 * {@code invalidValue} naming the attributes (see {@link ApiValidationMapper} for why a mapper
 * of this exact type).
 */
@Provider
public class ScimValidationMapper implements ExceptionMapper<ConstraintViolationException> {

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        return ErrorResponses.scim(Failures.of(exception));
    }
}
