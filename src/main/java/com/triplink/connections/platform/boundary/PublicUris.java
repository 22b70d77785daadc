package com.triplink.connections.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Builds the absolute URIs the API hands out: from the configured public base URI when there is
 * one, otherwise from the request, honouring the proxy's {@code X-Forwarded-Proto} and
 * {@code X-Forwarded-Host}.
 */
@ApplicationScoped
public class PublicUris {

    private static final Pattern PROTO = Pattern.compile("(?i)https?");
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9.\\-]+(:[0-9]{1,5})?"
            + "|\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?");

    @Inject
    @ConfigProperty(name = "triplink.public-base-uri")
    Optional<URI> configuredBase;

    /**
     * The base URI of the application that serves the request (ending in {@code /api/} or
     * {@code /scim/v2/}) as callers reach it.
     */
    public UriBuilder base(UriInfo uriInfo, HttpHeaders headers) {
        if (configuredBase.isPresent()) {
            return UriBuilder.fromUri(configuredBase.get())
                    .path(uriInfo.getBaseUri().getRawPath());
        }
        UriBuilder base = uriInfo.getBaseUriBuilder();
        String proto = firstValue(headers, "X-Forwarded-Proto");
        if (proto != null && PROTO.matcher(proto).matches()) {
            base.scheme(proto.toLowerCase());
        }
        String host = firstValue(headers, "X-Forwarded-Host");
        if (host != null && HOST.matcher(host).matches()) {
            URI parsed = URI.create("//" + host);
            base.host(parsed.getHost()).port(parsed.getPort());
        }
        return base;
    }

    private static String firstValue(HttpHeaders headers, String name) {
        String value = headers.getHeaderString(name);
        if (value == null) {
            return null;
        }
        int comma = value.indexOf(',');
        return (comma < 0 ? value : value.substring(0, comma)).trim();
    }
}
