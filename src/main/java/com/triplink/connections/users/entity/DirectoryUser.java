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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A user of the deploying company, as the user directory knows them: the login ID that
 * connection requests are created for, names, e-mail addresses and a loyalty number per
 * supplier. Login IDs are unique without regard to case.
 */
@Entity
@Table(name = "directory_user", indexes = {
    @Index(name = "ux_directory_user_login_key", columnList = "login_key", unique = true)
})
public class DirectoryUser {

    /** How many e-mail addresses a user may have. */
    public static final int MAX_EMAILS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE)
    private Long id;

    @Column(nullable = false, length = 256)
    private String loginId;

    @Column(nullable = false, length = 256)
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
    @Column(name = "email", length = 320)
    private List<String> emails = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "directory_user_loyalty",
            joinColumns = @JoinColumn(name = "user_id"))
    @MapKeyColumn(name = "supplier_id", length = 64)
    @Column(name = "loyalty_number", length = 100)
    private Map<String, String> loyaltyNumbers = new HashMap<>();

    @Version
    private long version;

    protected DirectoryUser() {
    }

    public DirectoryUser(String loginId, String firstName, String middleName, String lastName) {
        this.loginId = loginId;
        this.loginKey = keyOf(loginId);
        this.firstName = firstName;
        this.middleName = middleName;
        this.lastName = lastName;
    }

    /** The form in which login IDs are compared. */
    public static String keyOf(String loginId) {
        return loginId.trim().toLowerCase(Locale.ROOT);
    }

    /** The user's loyalty number with this supplier, or {@code null} when they have none. */
    public String loyaltyNumberFor(String supplierId) {
        return loyaltyNumbers.get(supplierId);
    }

    public void setLoyaltyNumber(String supplierId, String number) {
        loyaltyNumbers.put(supplierId, number);
    }

    public void addEmail(String email) {
        if (emails.size() >= MAX_EMAILS) {
            throw new IllegalArgumentException("A user has at most " + MAX_EMAILS + " e-mails");
        }
        emails.add(email);
    }

    public Long getId() {
        return id;
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
}
