package com.triplink.connections.platform.boundary;

/** The role names of the API, as values of the token's {@code groups} claim. */
public final class Roles {

    /** A supplier's partner app. */
    public static final String PARTNER = "partner";

    /** The deploying company's Web Services Admin. */
    public static final String ADMIN = "WebServicesAdmin";

    /**
     * The identity provider that provisions the user directory over SCIM, and nothing else: it
     * cannot see or change connection requests.
     */
    public static final String PROVISIONER = "UserProvisioner";

    private Roles() {
    }
}
