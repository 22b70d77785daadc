package com.triplink.connections.platform.boundary;

import com.triplink.connections.errors.control.DomainException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/**
 * Refuses a query parameter given more than once. No parameter of this API takes several
 * values, and guessing which of two limits or cursors the caller meant would hide its bug.
 */
@Provider
public class SingleValuedQueryFilter implements ContainerRequestFilter {

    @Override
    public void filter(ContainerRequestContext request) {
        for (Map.Entry<String, List<String>> parameter
                : request.getUriInfo().getQueryParameters().entrySet()) {
            if (parameter.getValue().size() > 1) {
                throw DomainException.invalid("INVALID_PARAMETER", shorten(parameter.getKey())
                        + " is given " + parameter.getValue().size() + " times; give it once.");
            }
        }
    }

    private static String shorten(String name) {
        return name.length() > 40 ? name.substring(0, 40) + "..." : name;
    }
}
