package com.triplink.connections.platform.boundary;

import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;

/**
 * Enforces the roles that resource methods declare ({@code @RolesAllowed}, {@code @DenyAll},
 * {@code @PermitAll}; the method's annotation before its class's), in every deployment, with
 * the token's groups as the caller's roles ({@link Roles#held}). Payara's MicroProfile JWT has
 * such a check too, but on Payara Server 6.2025.9 it was not in place: calls without a token
 * were answered (found by {@code dev/payara-server-check}). It is turned off in
 * {@code payara-web.xml} ({@code jaxrs-roles-allowed-enabled}), so each call is checked once,
 * the same way everywhere. The annotations are read once per resource method, when the
 * application starts; the refusals are Payara's: 401 without a caller, 403 without the role.
 */
@Provider
public class DeclaredRolesFeature implements DynamicFeature {

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        String[] allowed = allowedRoles(resource.getResourceMethod());
        if (allowed != null) {
            context.register(new RoleCheck(allowed), Priorities.AUTHORIZATION);
        }
    }

    /** The roles allowed, none for {@code @DenyAll}, or {@code null} when anybody may call. */
    private static String[] allowedRoles(Method method) {
        String[] declared = declaredRoles(method);
        if (declared != null || method.isAnnotationPresent(PermitAll.class)) {
            return declared;
        }
        return declaredRoles(method.getDeclaringClass());
    }

    private static String[] declaredRoles(AnnotatedElement element) {
        if (element.isAnnotationPresent(DenyAll.class)) {
            return new String[0];
        }
        RolesAllowed roles = element.getAnnotation(RolesAllowed.class);
        return roles == null ? null : roles.value();
    }

    /** Refuses a caller who has none of the roles. */
    private static final class RoleCheck implements ContainerRequestFilter {

        private final String[] allowed;

        RoleCheck(String[] allowed) {
            this.allowed = allowed;
        }

        @Override
        public void filter(ContainerRequestContext request) {
            SecurityContext security = request.getSecurityContext();
            if (security.getUserPrincipal() == null) {
                throw new NotAuthorizedException("A bearer token is required", "Bearer");
            }
            for (String role : allowed) {
                if (Roles.held(security, role)) {
                    return;
                }
            }
            throw new ForbiddenException("The token lacks the role for this operation");
        }
    }
}
