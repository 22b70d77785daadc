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

    /** An error response for a failure of the service itself, logged with its cause. */
    public static Response unexpected(int status, String code, String message,
            Throwable cause, String acceptHeader) {
        String errorId = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Error " + errorId + ": HTTP " + status + " " + code, cause);
        return build(status, code, message, errorId, acceptHeader);
    }

    /**
     * The error body format for a request: JSON when the caller prefers JSON to XML, XML
     * otherwise (also when it accepts neither, as after a 406).
     */
    public static MediaType formatFor(String acceptHeader) {
        if (acceptHeader == null) {
            return MediaType.APPLICATION_XML_TYPE;
        }
        double json = 0;
        double xml = 0;
        for (String range : acceptHeader.toLowerCase(Locale.ROOT).split(",")) {
            String[] parts = range.split(";");
            String type = parts[0].trim();
            double quality = qualityOf(parts);
            if (type.equals("application/json") || type.endsWith("+json")) {
                json = Math.max(json, quality);
            } else if (type.endsWith("/xml") || type.endsWith("+xml") || type.equals("*/*")
                    || type.equals("application/*")) {
                xml = Math.max(xml, quality);
            }
        }
        return json > xml ? MediaType.APPLICATION_JSON_TYPE : MediaType.APPLICATION_XML_TYPE;
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
