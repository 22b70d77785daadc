package com.triplink.connections.users.entity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the directory keeps about a user, as an identity provider sets it: the login ID
 * ({@code userName}) that connection requests are created for, names, up to five e-mail
 * addresses, whether the user is active, the identity provider's own ID for them and their
 * loyalty number per supplier.
 *
 * @param loyaltyNumbers the loyalty number per supplier ID
 */
public record UserProfile(
        @NotBlank(message = "userName is required and must not be blank.")
        @Size(max = 256, message = "userName has at most 256 characters.")
        String userName,
        @Size(max = 256, message = "externalId has at most 256 characters.")
        String externalId,
        @Size(max = 200, message = "name.givenName has at most 200 characters.")
        String givenName,
        @Size(max = 200, message = "name.middleName has at most 200 characters.")
        String middleName,
        @Size(max = 200, message = "name.familyName has at most 200 characters.")
        String familyName,
        boolean active,
        @NotNull(message = "emails must be a list.")
        @Size(max = DirectoryUser.MAX_EMAILS,
                message = "emails: a user has at most " + DirectoryUser.MAX_EMAILS
                        + " e-mail addresses.")
        List<@NotNull(message = "emails must not hold null.") @Valid Email> emails,
        @NotNull(message = "loyaltyNumbers must be a list.")
        Map<@NotBlank(message = "loyaltyNumbers.supplierId is required.")
            @Size(max = 64, message = "loyaltyNumbers.supplierId has at most 64 characters.")
            String,
            @NotBlank(message = "loyaltyNumbers.value is required.")
            @Size(max = 100, message = "loyaltyNumbers.value has at most 100 characters.")
            String> loyaltyNumbers) {

    public UserProfile {
        emails = List.copyOf(emails == null ? List.of() : emails);
        loyaltyNumbers = loyaltyNumbers == null ? Map.of()
                : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(loyaltyNumbers));
    }

    /** An active user with names only. */
    public static UserProfile of(String userName, String givenName, String middleName,
            String familyName) {
        return new UserProfile(userName, null, givenName, middleName, familyName, true,
                List.of(), Map.of());
    }

    /** This profile with one more e-mail address. */
    public UserProfile withEmail(String address) {
        List<Email> more = new ArrayList<>(emails);
        more.add(new Email(address, null, more.isEmpty()));
        return new UserProfile(userName, externalId, givenName, middleName, familyName, active,
                more, loyaltyNumbers);
    }

    /** This profile with the loyalty number for this supplier set. */
    public UserProfile withLoyaltyNumber(String supplierId, String number) {
        Map<String, String> numbers = new LinkedHashMap<>(loyaltyNumbers);
        numbers.put(supplierId, number);
        return new UserProfile(userName, externalId, givenName, middleName, familyName, active,
                emails, numbers);
    }

    /** SCIM allows at most one primary e-mail address. */
    @AssertTrue(message = "emails: at most one address may be primary.")
    public boolean isAtMostOnePrimary() {
        return emails.stream().filter(Email::primary).count() <= 1;
    }

    /** One e-mail address of a user. */
    public record Email(
            @NotBlank(message = "emails.value is required and must not be blank.")
            @Size(max = 320, message = "emails.value has at most 320 characters.")
            @jakarta.validation.constraints.Email(
                    message = "emails.value must be an e-mail address such as ada@example.com.")
            String value,
            @Size(max = 32, message = "emails.type has at most 32 characters.")
            String type,
            boolean primary) {
    }
}
