package com.triplink.connections.platform.boundary;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.Claims;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses bearer tokens that are not valid yet. Payara checks the signature, the issuer and
 * {@code exp}, but accepts a token whose {@code nbf} or {@code iat} lies in the future; such a
 * token is answered 401 here, before any role is looked at. A small clock skew is allowed.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class TokenTimeFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(TokenTimeFilter.class.getName());

    @Inject
    @ConfigProperty(name = "triplink.jwt.clock-skew-seconds", defaultValue = "60")
    long clockSkewSeconds;

    @Inject
    Clock clock;

    @Override
    public void filter(ContainerRequestContext request) {
        if (!(request.getSecurityContext().getUserPrincipal() instanceof JsonWebToken token)) {
            return;
        }
        long latest = clock.instant().getEpochSecond() + clockSkewSeconds;
        for (Claims claim : new Claims[] {Claims.nbf, Claims.iat}) {
            Long seconds = epochSeconds(token.getClaim(claim.name()));
            if (seconds != null && seconds > latest) {
                LOG.log(Level.INFO, "Refused a bearer token of subject {0}: its {1} lies in the"
                        + " future", new Object[] {token.getSubject(), claim.name()});
                throw new NotAuthorizedException("The token is not valid yet", "Bearer");
            }
        }
    }

    private static Long epochSeconds(Object value) {
        if (value instanceof JsonNumber number) {
            return number.longValue();
        }
        if (value instanceof Number number) {
            return number.longValue();
        }
        return null;
    }
}
