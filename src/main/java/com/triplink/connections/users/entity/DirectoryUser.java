package com.triplink.connections.users.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A user of the deploying company, as the user directory knows them: the login ID that
 * connection requests are created for, names, e-mail addresses and a loyalty number per
 * supplier. Login IDs are unique without regard to case among the users not deleted.
 *
 * <p>A deleted user keeps its row, because connection requests refer to it, but loses its
 * login key, so the login ID is free again and nothing finds the user any more. The public ID
 * is random; the internal ID orders listings.
 */
@Entity
@Table(name = "directory_user", indexes = {
    @Index(name = "ux_directory_user_login_key", columnList = "login_key", unique = true),
    @Index(name = "ux_directory_user_public_id", columnList = "public_id", unique = true),
    @Index(name = "ix_directory_user_external_id", columnList = "external_id")
})
public class DirectoryUser {

    /** How many e-mail addresses a user may have. */
    public static final int MAX_EMAILS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Column(nullable = false, length = 36)
    private String publicId;

    @Column(length = 256)
    private String externalId;

    @Column(nullable = false, length = 256)
    private String loginId;

    @Column(length = 256)
    private String loginKey;

    @Column(length = 200)
    private String firstName;

    @Column(length = 200)
    private String middleName;

    @Column(length = 200)
    private String lastName;

    private boolean active = true;

    @ElementCollection
    @CollectionTable(name = "directory_user_email", joinColumns = @JoinColumn(name = "user_id"))
    @OrderColumn(name = "position")
    private List<EmailAddress> emails = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "directory_user_loyalty",
            joinColumns = @JoinColumn(name = "user_id"))
    @MapKeyColumn(name = "supplier_id", length = 64)
    @Column(name = "loyalty_number", length = 100)
    private Map<String, String> loyaltyNumbers = new HashMap<>();

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant lastModified;

    private Instant deletedAt;

    @Version
    private long version;

    protected DirectoryUser() {
    }

    /** A new user with this profile, created at {@code now}. */
    public DirectoryUser(UserProfile profile, Instant now) {
        this.publicId = UUID.randomUUID().toString();
        this.createdAt = now;
        replace(profile, now);
    }

    /** The form in which login IDs are compared. */
    public static String keyOf(String loginId) {
        return loginId.trim().toLowerCase(Locale.ROOT);
    }

    /**
     * Replaces everything the directory knows about the user with this profile and says what
     * that changes for the user's connection requests.
     */
    public ProfileChange replace(UserProfile profile, Instant now) {
        UserProfile before = loginId == null ? null : profile();
        loginId = profile.userName().trim();
        loginKey = keyOf(profile.userName());
        externalId = profile.externalId();
        firstName = profile.givenName();
        middleName = profile.middleName();
        lastName = profile.familyName();
        active = profile.active();
        emails.clear();
        profile.emails().forEach(email -> emails.add(new EmailAddress(email)));
        loyaltyNumbers.clear();
        loyaltyNumbers.putAll(profile.loyaltyNumbers());
        lastModified = now;
        return ProfileChange.between(before, profile);
    }

    /** Removes the user from the directory; its login ID is free again. */
    public void delete(Instant now) {
        deletedAt = now;
        lastModified = now;
        loginKey = null;
        active = false;
    }

    /** The user as a profile, the shape in which it is replaced. */
    public UserProfile profile() {
        return new UserProfile(loginId, externalId, firstName, middleName, lastName, active,
                emails.stream().map(EmailAddress::toProfile).toList(), loyaltyNumbers);
    }

    /** The user's loyalty number with this supplier, or {@code null} when they have none. */
    public String loyaltyNumberFor(String supplierId) {
        return loyaltyNumbers.get(supplierId);
    }

    /** The user's e-mail addresses, in their order. */
    public List<String> emailAddresses() {
        return emails.stream().map(EmailAddress::getValue).toList();
    }

    public Long getId() {
        return id;
    }

    public String getPublicId() {
        return publicId;
    }

    public String getLoginId() {
        return loginId;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getMiddleName() {
        return middleName;
    }

    public String getLastName() {
        return lastName;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isDeleted() {
        return deletedAt != null;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastModified() {
        return lastModified;
    }

    public long getVersion() {
        return version;
    }

    /**
     * What a change of profile means for the user's connection requests.
     *
     * @param detailsChanged names, e-mail addresses or loyalty numbers differ
     * @param deactivated the user was active and is not any more
     */
    public record ProfileChange(boolean detailsChanged, boolean deactivated) {

        static ProfileChange between(UserProfile before, UserProfile after) {
            if (before == null) {
                return new ProfileChange(false, false);
            }
            boolean details = !Objects.equals(before.givenName(), after.givenName())
                    || !Objects.equals(before.middleName(), after.middleName())
                    || !Objects.equals(before.familyName(), after.familyName())
                    || !before.emails().equals(after.emails())
                    || !before.loyaltyNumbers().equals(after.loyaltyNumbers());
            return new ProfileChange(details, before.active() && !after.active());
        }
    }
}
