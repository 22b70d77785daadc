package com.triplink.connections.users.boundary;

import com.triplink.connections.platform.boundary.BodyLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** How much one SCIM bulk request may do, as the operator configured it. */
@ApplicationScoped
public class ScimLimits {

    @Inject
    @ConfigProperty(name = "triplink.scim.bulk.max-operations", defaultValue = "10000")
    int maxOperations;

    @Inject
    BodyLimits bodies;

    /** The most operations one bulk request may hold. */
    int maxOperations() {
        return maxOperations;
    }

    /** The largest body of a bulk request. */
    long maxPayloadBytes() {
        return bodies.maxBulkBodyBytes();
    }
}
