package com.triplink.connections.platform.boundary;

import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.jwt.JsonWebToken;

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

    /**
     * Whether the caller holds the role. With a MicroProfile JWT the roles are the token's
     * groups, read here directly: the container's {@code isUserInRole} asks its JACC policy,
     * which builds a protection domain and takes a lock shared by all requests on every call.
     */
    public static boolean held(SecurityContext security, String role) {
        if (security.getUserPrincipal() instanceof JsonWebToken token) {
            return token.getGroups() != null && token.getGroups().contains(role);
        }
        return security.isUserInRole(role);
    }
}
