package com.triplink.connections.users.control;

import com.triplink.connections.users.entity.DirectoryUser;

/**
 * A change to a directory user that matters to the user's connection requests, fired as a CDI
 * event inside the transaction that makes it, so that what the requests do commits with it.
 *
 * @param user the user as changed
 * @param kind what happened
 */
public record UserChange(DirectoryUser user, Kind kind) {

    /** What happened to the user. */
    public enum Kind {
        /** Names, e-mail addresses or loyalty numbers changed. */
        DETAILS_CHANGED,
        /** The user was active and is not any more. */
        DEACTIVATED,
        /** The user was removed from the directory. */
        DELETED
    }
}
