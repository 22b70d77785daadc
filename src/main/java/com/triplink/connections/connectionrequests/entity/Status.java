package com.triplink.connections.connectionrequests.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The states of a connection request, stored and shown. */
public enum Status {
    PENDING("Pending"),
    PROCESSING("Processing"),
    RETRY("Retry"),
    CONNECTED("Connected"),
    FAILED("Failed");

    private final String displayName;

    Status(String displayName) {
        this.displayName = displayName;
    }

    /** The spelling of the public API, such as {@code Pending}. */
    public String displayName() {
        return displayName;
    }

    /** The status with this name in any case, if there is one. */
    public static Optional<Status> parse(String text) {
        return Arrays.stream(values())
                .filter(status -> status.name().equals(text.trim().toUpperCase(Locale.ROOT)))
                .findFirst();
    }

    /** The names a caller may use, for error messages. */
    public static String allowedNames() {
        return Arrays.stream(values()).map(Status::displayName)
                .collect(Collectors.joining(", "));
    }

    /** Whether nothing more happens to a request in this state. */
    public boolean isFinal() {
        return this == CONNECTED || this == FAILED;
    }
}
