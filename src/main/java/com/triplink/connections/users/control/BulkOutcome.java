package com.triplink.connections.users.control;

/**
 * What became of one bulk operation.
 *
 * @param user the user as the operation left it; {@code null} when deleted or failed
 * @param failure why the operation failed, or {@code null} when it succeeded
 */
public record BulkOutcome(BulkOperation operation, UserSnapshot user, RuntimeException failure) {

    public boolean failed() {
        return failure != null;
    }
}
