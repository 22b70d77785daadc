package com.triplink.connections.errors.boundary;

/**
 * A failure as the error bodies describe it, whatever raised it.
 *
 * @param status the HTTP status
 * @param code the API's error code, such as {@code INVALID_PARAMETER}
 * @param scimType the SCIM error type (RFC 7644, section 3.12), or {@code null} for none
 * @param message what was wrong and what is allowed
 * @param cause the failure of the service itself to log with the error, or {@code null} when
 *     the caller caused it
 * @param allow the methods allowed, for a 405, else {@code null}
 */
public record Failure(int status, String code, String scimType, String message,
        Throwable cause, String allow) {

    /** A failure the caller caused and can act on. */
    public static Failure of(int status, String code, String scimType, String message) {
        return new Failure(status, code, scimType, message, null, null);
    }

    /** A failure of the service itself, logged with its cause. */
    public static Failure unexpected(int status, String code, String message, Throwable cause) {
        return new Failure(status, code, null, message, cause, null);
    }

    /** The generic failure for an HTTP status, as the container raises it. */
    public static Failure ofStatus(int status) {
        StatusText text = StatusText.of(status);
        return of(status, text.code(), status == 400 ? "invalidValue" : null, text.message());
    }
}
