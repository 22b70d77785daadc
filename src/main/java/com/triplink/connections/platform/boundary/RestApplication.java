package com.triplink.connections.platform.boundary;

import com.triplink.connections.connectionrequests.boundary.ConnectionRequestDetailsResource;
import com.triplink.connections.connectionrequests.boundary.ConnectionRequestsResource;
import com.triplink.connections.errors.boundary.ApiExceptionMapper;
import com.triplink.connections.errors.boundary.ApiValidationMapper;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JAX-RS application under {@code /api}, secured with MicroProfile JWT bearer tokens. It
 * must be a CDI bean, or the JWT mechanism stays off. It names its classes, because the WAR
 * holds a second application (SCIM, under {@code /scim/v2}) whose resources must not appear
 * here.
 */
@ApplicationPath("api")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.PARTNER, Roles.ADMIN, Roles.PROVISIONER})
@OpenAPIDefinition(
        info = @Info(title = "TripLink Connection Requests", version = "3.0",
                description = "Partners poll connection requests of users who want to link their"
                        + " travel account with the supplier's loyalty program, and put back a"
                        + " status. Web Services Admins create requests on behalf of users."),
        security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(securitySchemeName = "bearer", type = SecuritySchemeType.HTTP,
        scheme = "bearer", bearerFormat = "JWT",
        description = "RS256 JWT whose groups claim holds partner or WebServicesAdmin")
public class RestApplication extends Application {

    /** The filters every application of the WAR uses. */
    public static final Set<Class<?>> SHARED_FILTERS = Set.of(BodySizeLimitFilter.class,
            MediaTypeHeaderFilter.class, SecurityHeadersFilter.class,
            SingleValuedQueryFilter.class, TokenTimeFilter.class, DeclaredRolesFeature.class);

    @Override
    public Set<Class<?>> getClasses() {
        Set<Class<?>> classes = new HashSet<>(SHARED_FILTERS);
        classes.addAll(Set.of(ConnectionRequestsResource.class,
                ConnectionRequestDetailsResource.class, ResourcePathFilter.class,
                ApiExceptionMapper.class, ApiValidationMapper.class));
        return classes;
    }
}
