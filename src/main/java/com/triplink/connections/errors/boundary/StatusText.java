package com.triplink.connections.errors.boundary;

/** The error code and message for failures that only carry an HTTP status. */
record StatusText(String code, String message) {

    static StatusText of(int status) {
        return switch (status) {
            case 400 -> new StatusText("BAD_REQUEST",
                    "The request could not be read; check its parameters and body.");
            case 401 -> new StatusText("UNAUTHORIZED",
                    "A valid bearer token is required in the Authorization header.");
            case 403 -> new StatusText("FORBIDDEN",
                    "The token is valid but lacks the role this operation needs.");
            case 404 -> new StatusText("NOT_FOUND", "There is no resource at this path.");
            case 405 -> new StatusText("METHOD_NOT_ALLOWED",
                    "This method is not allowed here; the Allow header lists the allowed ones.");
            case 406 -> new StatusText("NOT_ACCEPTABLE",
                    "Accept must allow application/json, application/xml or text/xml.");
            case 413 -> new StatusText("PAYLOAD_TOO_LARGE",
                    "The request body is larger than this service accepts.");
            case 415 -> new StatusText("UNSUPPORTED_MEDIA_TYPE",
                    "Content-Type must be application/json, application/xml or text/xml.");
            default -> new StatusText("HTTP_" + status,
                    "The request failed with HTTP " + status + ".");
        };
    }
}
