package com.triplink.connections.platform.boundary;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.ext.Provider;
import java.net.URI;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Partners copied both spellings of the resource path from the public examples, with and
 * without a trailing slash; this rewrites them to the one spelling the resources declare.
 */
@Provider
@PreMatching
public class ResourcePathFilter implements ContainerRequestFilter {

    /** The path the connection request resources declare. */
    public static final String CANONICAL = "v3.0/common/connectionrequests";

    private static final Pattern SPELLINGS =
            Pattern.compile("(?i)v3\\.0/common/connectionrequests(/[^/]*)?/?");

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath(false);
        Matcher matcher = SPELLINGS.matcher(path.startsWith("/") ? path.substring(1) : path);
        if (!matcher.matches()) {
            return;
        }
        String rest = matcher.group(1) == null || "/".equals(matcher.group(1))
                ? "" : matcher.group(1);
        String canonical = CANONICAL + rest;
        if (canonical.equals(path)) {
            return;
        }
        URI base = request.getUriInfo().getBaseUri();
        URI rewritten = UriBuilder.fromUri(base).path(canonical)
                .replaceQuery(request.getUriInfo().getRequestUri().getRawQuery()).build();
        request.setRequestUri(base, rewritten);
    }
}
