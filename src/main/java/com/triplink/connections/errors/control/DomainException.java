package com.triplink.connections.errors.control;

import jakarta.ejb.ApplicationException;

/**
 * A failure that the caller caused or must know about, thrown from control code and turned into
 * an error body by the boundary. Rolls back the transaction it is thrown from.
 */
@ApplicationException(rollback = true)
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorKind kind;
    private final String code;

    public DomainException(ErrorKind kind, String code, String message) {
        super(message);
        this.kind = kind;
        this.code = code;
    }

    /** What kind of failure this is; decides the HTTP status. */
    public ErrorKind kind() {
        return kind;
    }

    /** A stable, machine-readable code such as {@code INVALID_PARAMETER}. */
    public String code() {
        return code;
    }

    /** A value the caller sent is not acceptable; the message names the field. */
    public static DomainException invalid(String code, String message) {
        return new DomainException(ErrorKind.INVALID_INPUT, code, message);
    }
}
