package com.triplink.connections.connectionrequests.control;

/**
 * What one chunk of a sweep found: how many requests had run out (up to the chunk's size) and
 * how many of them it wrote down; the others were held by a poll or an answer.
 */
public record Settlement(int due, int written) {

    /** Whether every request found was written down. */
    boolean complete() {
        return written == due;
    }
}
