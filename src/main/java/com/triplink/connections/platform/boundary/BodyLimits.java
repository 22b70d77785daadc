package com.triplink.connections.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The largest request bodies the service reads: one limit for every call, and a larger one for
 * SCIM bulk requests, which carry an identity provider's initial load of many users.
 */
@ApplicationScoped
public class BodyLimits {

    /** The path of SCIM bulk requests. */
    private static final String BULK = "scim/v2/Bulk";

    @Inject
    @ConfigProperty(name = "triplink.max-body-bytes", defaultValue = "65536")
    long maxBodyBytes;

    @Inject
    @ConfigProperty(name = "triplink.scim.bulk.max-payload-bytes", defaultValue = "16777216")
    long maxBulkBodyBytes;

    /** The largest body of a SCIM bulk request. */
    public long maxBulkBodyBytes() {
        return maxBulkBodyBytes;
    }

    /** The largest body the request to this URI may carry. */
    long limitFor(UriInfo uri) {
        String path = uri.getBaseUri().getRawPath() + uri.getPath(false);
        return path.replaceAll("/+", "/").equalsIgnoreCase("/" + BULK)
                ? maxBulkBodyBytes : maxBodyBytes;
    }
}
