package com.triplink.connections.connectionrequests.entity;

/** Why a connection request failed for good, for the admins who look into it. */
public enum FailureReason {
    PARTNER_RETRIES_EXHAUSTED("The partner reported an error more often than the maximum of"
            + " partner retries allows."),
    USER_ACTION_ROUNDS_EXHAUSTED("The partner asked the user to act more often than the"
            + " maximum of user-action rounds allows."),
    UNANSWERED_DELIVERIES_EXHAUSTED("The partner left more deliveries unanswered than the"
            + " maximum of unanswered deliveries allows."),
    USER_DEACTIVATED("The user was deactivated in the user directory while the request was"
            + " open."),
    USER_DELETED("The user was deleted from the user directory while the request was open.");

    private final String description;

    FailureReason(String description) {
        this.description = description;
    }

    /** A sentence an admin can read. */
    public String description() {
        return description;
    }
}
