package com.triplink.connections.connectionrequests.boundary;

import com.triplink.connections.connectionrequests.entity.Status;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;

/** The query parameters of a listing, validated where they enter. */
public class ListingQuery {

    static final int MAX_LIMIT = 10;
    private static final int DEFAULT_LIMIT = 5;

    @QueryParam("limit")
    @Pattern(regexp = "0*[1-9][0-9]*", message = "limit must be a whole number from 1 to 10"
            + " (larger numbers count as 10).")
    String limit;

    @QueryParam("status")
    @Pattern(regexp = "(?i)pending|processing|retry|connected|failed", message = "status must"
            + " be one of Pending, Processing, Retry, Connected, Failed (any case).")
    String status;

    @QueryParam("offset")
    @Size(max = 200, message = "offset is not a cursor this service made; take NextPage from a"
            + " previous answer.")
    String offset;

    /** The page size, with values above the maximum counted as the maximum. */
    int limit() {
        if (limit == null) {
            return DEFAULT_LIMIT;
        }
        String digits = limit.replaceFirst("^0+", "");
        return digits.length() > 2 ? MAX_LIMIT : Math.min(MAX_LIMIT, Integer.parseInt(digits));
    }

    /** The status to list, Pending when none was given. */
    Status status() {
        return status == null ? Status.PENDING : Status.parse(status).orElseThrow();
    }

    /** The cursor to continue after, or {@code null} for the first page. */
    String offset() {
        return offset;
    }
}
