package com.triplink.connections.errors.boundary;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Builds every error response of the API: one body shape, the format the caller accepts, and an
 * error ID that is logged together with the failure.
 */
public final class ErrorResponses {

    private static final Logger LOG = Logger.getLogger(ErrorResponses.class.getName());
    private static final int RETRY_AFTER_SECONDS = 5;

    private ErrorResponses() {
    }

    /** An error response for a failure the caller can act on. */
    public static Response of(int status, String code, String message, String acceptHeader) {
        String errorId = UUID.randomUUID().toString();
        LOG.log(Level.INFO, "Error {0}: HTTP {1} {2}: {3}",
                new Object[] {errorId, status, code, message});
        return build(status, code, message, errorId, acceptHeader);
    }

    /** A 500 (or other 5xx) for a failure of the service itself, logged with its cause. */
    public static Response internalError(int status, Throwable cause, String acceptHeader) {
        return unexpected(status, "INTERNAL_ERROR",
                "The service failed to answer; quote the error ID when reporting it.",
                cause, acceptHeader);
    }

    /** An error response for a failure of the service itself, logged with its cause. */
    public static Response unexpected(int status, String code, String message,
            Throwable cause, String acceptHeader) {
        String errorId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Error " + errorId + ": HTTP " + status + " " + code, cause);
        return build(status, code, message, errorId, acceptHeader);
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

    private static Response build(int status, String code, String message, String errorId,
            String acceptHeader) {
        Response.ResponseBuilder builder = Response.status(status)
                .type(formatFor(acceptHeader))
                .entity(new ApiError(code, message, errorId));
        if (status == 401) {
            builder.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        }
        if (status == 503) {
            builder.header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        }
        return builder.build();
    }
}
