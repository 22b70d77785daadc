package com.triplink.connections.connectionrequests.control;

/**
 * The answer to a request to connect a user.
 *
 * @param request the new request, or the user's open request that already existed
 * @param created whether a new request was made
 */
public record Creation(RequestSnapshot request, boolean created) {
}
