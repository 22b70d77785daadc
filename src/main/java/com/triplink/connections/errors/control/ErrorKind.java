package com.triplink.connections.errors.control;

/**
 * The kinds of failure that control code reports. The boundary turns each kind into one HTTP
 * status, so the mapping lives in a single place.
 */
public enum ErrorKind {
    INVALID_INPUT,
    NOT_FOUND,
    CONFLICT,
    PRECONDITION_FAILED,
    PAYLOAD_TOO_LARGE,
    UNAVAILABLE
}
