package com.triplink.connections.connectionrequests.control;

import java.util.List;

/**
 * One page of a listing.
 *
 * @param items the requests of this page, in ID order (oldest first)
 * @param nextCursor the cursor of the next page, or {@code null} on the last page
 */
public record RequestPage(List<RequestSnapshot> items, String nextCursor) {
}
