package com.triplink.connections.users.control;

/**
 * One operation of a SCIM bulk request, read and checked by the boundary.
 *
 * @param bulkId the client's name for the user a POST creates, or {@code null}
 * @param target the public ID the operation works on, or {@code bulkId:<name>} of a user
 *     created earlier in the request, or {@code null} for a POST
 * @param action what to do, given the resolved target
 */
public record BulkOperation(String bulkId, String target, Action action) {

    /** The prefix of a target that refers to a user created earlier in the request. */
    public static final String BULK_ID_PREFIX = "bulkId:";

    /** The work of one operation; throws to refuse it before anything is written. */
    @FunctionalInterface
    public interface Action {
        /**
         * @param target the public ID of the user, or {@code null} for a POST
         * @return the user as changed, or {@code null} when deleted
         */
        UserSnapshot apply(DirectoryWrites writes, String target);
    }
}
