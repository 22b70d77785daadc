package com.triplink.connections.users.control;

import java.util.List;

/**
 * One page of a search of the directory.
 *
 * @param users the users of the page, in the directory's order
 * @param total how many users match the search in all
 */
public record UserPage(List<UserSnapshot> users, long total) {
}
