package com.triplink.connections.users.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;

/**
 * One e-mail address of a directory user, with the lower-case key it is looked up by (SCIM
 * compares e-mail addresses without regard to case).
 */
@Embeddable
public class EmailAddress {

    @Column(name = "email", length = 320)
    private String value;

    @Column(name = "email_key", length = 320)
    private String valueKey;

    @Column(name = "email_type", length = 32)
    private String type;

    @Column(name = "email_primary", nullable = false)
    private boolean primary;

    protected EmailAddress() {
    }

    EmailAddress(UserProfile.Email email) {
        this.value = email.value();
        this.valueKey = keyOf(email.value());
        this.type = email.type();
        this.primary = email.primary();
    }

    /** The form in which e-mail addresses are compared. */
    public static String keyOf(String address) {
        return address.trim().toLowerCase(Locale.ROOT);
    }

    UserProfile.Email toProfile() {
        return new UserProfile.Email(value, type, primary);
    }

    String getValue() {
        return value;
    }
}
