package com.triplink.connections.users.boundary;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/**
 * The query parameters of a SCIM search (RFC 7644, section 3.4.2), validated where they enter.
 * Sorting and attribute selection are not supported, so {@code sortBy}, {@code sortOrder},
 * {@code attributes} and {@code excludedAttributes} are ignored: every user comes whole, in the
 * directory's order.
 */
public class UserSearchQuery {

    /** The page size when a search does not say. */
    static final int DEFAULT_COUNT = 100;

    /** The largest page; a larger count gets this many. */
    static final int MAX_COUNT = 1_000;

    private static final String WHOLE_NUMBER = "-?[0-9]{1,18}";

    @QueryParam("filter")
    @Size(max = 2_000, message = "filter has at most 2000 characters.")
    String filter;

    @QueryParam("startIndex")
    @Pattern(regexp = WHOLE_NUMBER, message = "startIndex must be a whole number; 1 is the"
            + " first result.")
    String startIndex;

    @QueryParam("count")
    @Pattern(regexp = WHOLE_NUMBER, message = "count must be a whole number of results, at"
            + " most " + MAX_COUNT + ".")
    String count;

    String filter() {
        return filter;
    }

    /** The 1-based index of the first result; values below 1 count as 1 (RFC 7644). */
    int startIndex() {
        return startIndex == null ? 1 : (int) Math.max(1, Math.min(Integer.MAX_VALUE,
                Long.parseLong(startIndex)));
    }

    /** How many results at most; negative counts as 0, above the maximum as the maximum. */
    int count() {
        return count == null ? DEFAULT_COUNT
                : (int) Math.max(0, Math.min(MAX_COUNT, Long.parseLong(count)));
    }
}
