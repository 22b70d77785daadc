package com.triplink.connections.platform.boundary;

import com.triplink.connections.errors.control.DomainException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.regex.Pattern;

/**
 * Refuses a {@code Content-Type} or {@code Accept} header that cannot be parsed with a 400 that
 * names the header, before JAX-RS selects a method with it (Jersey fails on some of them, such as
 * a quality value {@code q=abc}, with an internal error).
 */
@Provider
@PreMatching
public class MediaTypeHeaderFilter implements ContainerRequestFilter {

    private static final Pattern QUALITY = Pattern.compile("0(\\.[0-9]{0,3})?|1(\\.0{0,3})?");

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType contentType;
        try {
            contentType = request.getMediaType();
        } catch (RuntimeException e) {
            throw invalid(HttpHeaders.CONTENT_TYPE);
        }
        if (contentType != null && !validQuality(contentType)) {
            throw invalid(HttpHeaders.CONTENT_TYPE);
        }
        try {
            request.getAcceptableMediaTypes();
        } catch (RuntimeException e) {
            throw invalid(HttpHeaders.ACCEPT);
        }
    }

    private static boolean validQuality(MediaType type) {
        String quality = type.getParameters().get("q");
        return quality == null || QUALITY.matcher(quality.trim()).matches();
    }

    private static DomainException invalid(String header) {
        return DomainException.invalid("INVALID_HEADER", header + " is not a valid media type"
                + " list; send for example " + MediaType.APPLICATION_JSON + ".");
    }
}
