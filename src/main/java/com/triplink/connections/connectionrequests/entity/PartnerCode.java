package com.triplink.connections.connectionrequests.entity;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** The status codes a partner puts back for a delivered request, and what each one means. */
public enum PartnerCode {
    CRSUC(Effect.CONNECTED, "connected"),
    CREU1(Effect.USER_ACTION, "loyalty number not found"),
    CREU2(Effect.USER_ACTION, "loyalty number does not match the name"),
    CREU3(Effect.USER_ACTION, "loyalty account needs attention"),
    CRPA1(Effect.PARTNER_RETRY, "request token expired before the exchange"),
    CRPA2(Effect.PARTNER_RETRY, "network error at the partner"),
    CRRET(Effect.PARTNER_RETRY, "partner asks to retry");

    /** What a code does to the request. */
    public enum Effect {
        /** The account is linked; final. */
        CONNECTED,
        /** The user must fix something; offered again after the user-action delay. */
        USER_ACTION,
        /** A passing failure at the partner; offered again after the retry delay. */
        PARTNER_RETRY
    }

    private final Effect effect;
    private final String meaning;

    PartnerCode(Effect effect, String meaning) {
        this.effect = effect;
        this.meaning = meaning;
    }

    public Effect effect() {
        return effect;
    }

    public String meaning() {
        return meaning;
    }

    /** The code with this name in any case, if there is one. */
    public static Optional<PartnerCode> parse(String text) {
        return Arrays.stream(values())
                .filter(code -> code.name().equals(text.trim().toUpperCase(Locale.ROOT)))
                .findFirst();
    }

    /** The codes a partner may send, for error messages. */
    public static String allowedNames() {
        return Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", "));
    }
}
