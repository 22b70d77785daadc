package com.triplink.connections.platform.boundary;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The JAX-RS application under {@code /api}, secured with MicroProfile JWT bearer tokens. It
 * must be a CDI bean, or the JWT mechanism stays off.
 */
@ApplicationPath("api")
@ApplicationScoped
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Roles.PARTNER, Roles.ADMIN})
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
}
