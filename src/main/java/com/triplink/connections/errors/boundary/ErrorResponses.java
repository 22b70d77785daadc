package com.triplink.connections.errors.boundary;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.unboundid.scim2.common.messages.ErrorResponse;
import com.unboundid.scim2.common.utils.JsonUtils;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Builds every error response: the API's body in the format the caller accepts, or SCIM's
 * error body under {@code /scim}; each with an error ID that is logged together with the
 * failure, and the headers the status calls for.
 */
public final class ErrorResponses {

    /** The media type of SCIM (RFC 7644, section 3.1). */
    public static final String SCIM_JSON = "application/scim+json";

    private static final Logger LOG = Logger.getLogger(ErrorResponses.class.getName());
    private static final int RETRY_AFTER_SECONDS = 5;

    private ErrorResponses() {
    }

    /** The API's error body for a failure, in the format {@code acceptHeader} prefers. */
    public static Response api(Failure failure, String acceptHeader) {
        String errorId = logged(failure);
        return headers(Response.status(failure.status()), failure)
                .type(formatFor(acceptHeader))
                .entity(new ApiError(failure.code(), failure.message(), errorId))
                .build();
    }

    /** SCIM's error response for a failure. */
    public static Response scim(Failure failure) {
        return headers(Response.status(failure.status()), failure)
                .type(SCIM_JSON)
                .entity(scimBytes(scimBody(failure)))
                .build();
    }

    /** SCIM's error body for a failure, logged; the error ID ends its {@code detail}. */
    public static ErrorResponse scimBody(Failure failure) {
        String errorId = logged(failure);
        ErrorResponse body = new ErrorResponse(failure.status());
        body.setScimType(failure.scimType());
        body.setDetail(scimMessage(failure) + " (error ID " + errorId + ")");
        return body;
    }

    /**
     * The error body format for a request, chosen as for successful answers: the format the
     * caller prefers, the first listed among equals, XML when the caller does not say or accepts
     * neither (as after a 406).
     */
    public static MediaType formatFor(String acceptHeader) {
        if (acceptHeader == null) {
            return MediaType.APPLICATION_XML_TYPE;
        }
        MediaType best = MediaType.APPLICATION_XML_TYPE;
        double bestQuality = 0;
        for (String range : acceptHeader.toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].trim();
            double quality = qualityOf(parts);
            MediaType format = type.equals("application/json") || type.endsWith("+json")
                    ? MediaType.APPLICATION_JSON_TYPE
                    : type.endsWith("/xml") || type.endsWith("+xml") || type.equals("*/*")
                            || type.equals("application/*") ? MediaType.APPLICATION_XML_TYPE
                    : null;
            if (format != null && quality > bestQuality) {
                best = format;
                bestQuality = quality;
            }
        }
        return best;
    }

    private static String logged(Failure failure) {
        String errorId = UUID.randomUUID().toString();
        if (failure.cause() != null) {
            LOG.log(Level.SEVERE, "Error " + errorId + ": HTTP " + failure.status() + " "
                    + failure.code(), failure.cause());
        } else {
            LOG.log(Level.INFO, "Error {0}: HTTP {1} {2}: {3}",
                    new Object[] {errorId, failure.status(), failure.code(), failure.message()});
        }
        return errorId;
    }

    private static Response.ResponseBuilder headers(Response.ResponseBuilder builder,
            Failure failure) {
        if (failure.status() == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        if (failure.status() == 503) {
            builder.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        if (failure.allow() != null) {
            builder.header(HttpHeaders.ALLOW, failure.allow());
        }
        return builder;
    }

    private static String scimMessage(Failure failure) {
        return switch (failure.status()) {
            case 406 -> "Accept must allow " + SCIM_JSON + " or application/json.";
            case 415 -> "Content-Type must be " + SCIM_JSON + " or application/json.";
            default -> failure.message();
        };
    }

    private static byte[] scimBytes(ErrorResponse body) {
        try {
            return JsonUtils.getObjectWriter().writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write a SCIM error body", e);
        }
    }

    private static double qualityOf(String[] parts) {
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.startsWith("q=")) {
                try {
                    return Double.parseDouble(parameter.substring(2));
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}
