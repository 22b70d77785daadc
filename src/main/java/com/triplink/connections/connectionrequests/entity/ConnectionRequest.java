package com.triplink.connections.connectionrequests.entity;

import com.triplink.connections.errors.control.DomainException;
import com.triplink.connections.errors.control.ErrorKind;
import com.triplink.connections.users.entity.DirectoryUser;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A user's request to link their travel account with the supplier's loyalty program.
 *
 * <p>The stored {@code status} is what was last written; what callers see is the effective
 * status, which also accounts for leases and delays that have run out since
 * ({@link #effectiveStatus}). {@code availableAt} is the end of the lease while Processing and
 * the end of the delay while in Retry. The internal {@code id} grows with creation and is the
 * key of the listing order; the public ID is random.
 */
@Entity
@Table(name = "connection_request", indexes = {
    @Index(name = "ux_connection_request_public_id", columnList = "public_id", unique = true),
    @Index(name = "ix_connection_request_listing", columnList = "supplier_id, status, id"),
    @Index(name = "ix_connection_request_user", columnList = "user_id, supplier_id")
})
public class ConnectionRequest {

    @Id
    @SequenceGenerator(name = "connection_request_seq", sequenceName = "connection_request_seq",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "connection_request_seq")
    private Long id;

    @Column(nullable = false, length = 36)
    private String publicId;

    @Column(nullable = false, length = 64)
    private String supplierId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id")
    private DirectoryUser user;

    @Column(length = 200)
    private String firstName;

    @Column(length = 200)
    private String middleName;

    @Column(length = 200)
    private String lastName;

    @Column(length = 100)
    private String loyaltyNumber;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 16)
    private Status status;

    private Instant availableAt;

    @Column(length = 64)
    private String tokenHash;

    private Instant tokenExpiresAt;

    private int unansweredDeliveries;

    private int partnerRetries;

    private int userActionRounds;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 8)
    private PartnerCode lastCode;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(length = 40)
    private FailureReason failureReason;

    /** The user's e-mail addresses as the request carries them, one per line. */
    @Column(length = 1700)
    private String emails;

    @Column(nullable = false)
    private Instant createdAt;

    @Column(nullable = false)
    private Instant lastModified;

    @Version
    private long version;

    protected ConnectionRequest() {
    }

    /** A new Pending request for this user and supplier, with the user's current details. */
    public ConnectionRequest(String supplierId, DirectoryUser user, Instant now) {
        this.publicId = UUID.randomUUID().toString();
        this.supplierId = supplierId;
        this.user = user;
        this.status = Status.PENDING;
        this.createdAt = now;
        this.lastModified = now;
        copyUserDetails();
    }

    /**
     * The status callers see at {@code now}: a lease or delay that has run out shows as Pending,
     * or as Failed when the request has gone unanswered too often.
     */
    public Status effectiveStatus(Instant now, LifecyclePolicy policy) {
        boolean waiting = availableAt != null && availableAt.isAfter(now);
        return switch (status) {
            case PROCESSING -> {
                if (waiting) {
                    yield Status.PROCESSING;
                }
                yield unansweredDeliveries >= policy.maxUnansweredDeliveries()
                        ? Status.FAILED : Status.PENDING;
            }
            case RETRY -> waiting ? Status.RETRY : Status.PENDING;
            default -> status;
        };
    }

    /** When the effective status last changed. */
    public Instant effectiveLastModified(Instant now, LifecyclePolicy policy) {
        if (effectiveStatus(now, policy) != status) {
            return availableAt;
        }
        return lastModified;
    }

    /**
     * Hands the request to the partner: Processing under a lease, with a fresh token whose hash
     * replaces the previous one. The user's current details are copied in, as delivered.
     */
    public void deliver(String newTokenHash, Instant now, LifecyclePolicy policy) {
        if (effectiveStatus(now, policy) != Status.PENDING) {
            throw new IllegalStateException("Only a Pending request can be delivered: " + publicId);
        }
        copyUserDetails();
        status = Status.PROCESSING;
        availableAt = now.plus(policy.lease());
        tokenHash = newTokenHash;
        tokenExpiresAt = now.plus(policy.tokenLifetime());
        unansweredDeliveries++;
        lastCode = null;
        lastModified = now;
    }

    /**
     * Applies the partner's answer. Returns {@code false} when the answer repeats the one that
     * produced the current state, which changes nothing.
     *
     * @throws DomainException with kind CONFLICT when the current state does not allow it
     */
    public boolean answer(PartnerCode code, Instant now, LifecyclePolicy policy) {
        Status current = effectiveStatus(now, policy);
        if (current != Status.PENDING && current != Status.PROCESSING) {
            if (code == lastCode) {
                return false;
            }
            throw new DomainException(ErrorKind.CONFLICT, "STATE_CONFLICT",
                    "Request " + publicId + " is " + current.displayName() + "; status " + code
                    + " cannot be applied to it.");
        }
        switch (code.effect()) {
            case CONNECTED -> finish(Status.CONNECTED);
            case USER_ACTION -> retryOrFail(++userActionRounds > policy.maxUserActionRounds(),
                    now.plus(policy.userActionDelay()),
                    FailureReason.USER_ACTION_ROUNDS_EXHAUSTED);
            case PARTNER_RETRY -> retryOrFail(++partnerRetries > policy.maxPartnerRetries(),
                    now.plus(policy.retryDelay()), FailureReason.PARTNER_RETRIES_EXHAUSTED);
        }
        unansweredDeliveries = 0;
        lastCode = code;
        lastModified = now;
        return true;
    }

    /** Whether this request is still open (not Connected or Failed) at {@code now}. */
    public boolean isOpen(Instant now, LifecyclePolicy policy) {
        return !effectiveStatus(now, policy).isFinal();
    }

    /**
     * Fails an open request for good because of something outside the partner's answers, such
     * as its user leaving the directory. Returns {@code false} when the request was not open,
     * which changes nothing.
     */
    public boolean abandon(FailureReason reason, Instant now, LifecyclePolicy policy) {
        if (!isOpen(now, policy)) {
            return false;
        }
        finish(Status.FAILED);
        failureReason = reason;
        lastCode = null;
        lastModified = now;
        return true;
    }

    /**
     * Copies the user's current details into a request that the partner does not hold right
     * now (effectively Pending or Retry), so that the next delivery and every read show them.
     * Returns whether the request took them.
     */
    public boolean refreshUserDetails(Instant now, LifecyclePolicy policy) {
        Status current = effectiveStatus(now, policy);
        if (current != Status.PENDING && current != Status.RETRY) {
            return false;
        }
        copyUserDetails();
        return true;
    }

    /**
     * Writes down the state that a lease or delay which has run out made effective: Pending,
     * or Failed when the request has gone unanswered too often. What callers see does not
     * change, the last change included. Returns the status written, or {@code null} when the
     * stored status already was the effective one.
     */
    public Status settle(Instant now, LifecyclePolicy policy) {
        Status effective = effectiveStatus(now, policy);
        if (effective == status) {
            return null;
        }
        Instant changedAt = availableAt;
        if (effective == Status.FAILED) {
            finish(Status.FAILED);
            failureReason = FailureReason.UNANSWERED_DELIVERIES_EXHAUSTED;
        } else {
            status = Status.PENDING;
            availableAt = null;
        }
        lastModified = changedAt;
        return effective;
    }

    /** Why the request failed for good at {@code now}, or {@code null} when it has not. */
    public FailureReason effectiveFailureReason(Instant now, LifecyclePolicy policy) {
        if (effectiveStatus(now, policy) != Status.FAILED) {
            return null;
        }
        return status == Status.PROCESSING ? FailureReason.UNANSWERED_DELIVERIES_EXHAUSTED
                : failureReason;
    }

    private void retryOrFail(boolean exhausted, Instant retryAt, FailureReason reason) {
        if (exhausted) {
            finish(Status.FAILED);
            failureReason = reason;
            return;
        }
        status = Status.RETRY;
        availableAt = retryAt;
    }

    private void finish(Status finalStatus) {
        status = finalStatus;
        availableAt = null;
        tokenHash = null;
        tokenExpiresAt = null;
    }

    private void copyUserDetails() {
        firstName = user.getFirstName();
        middleName = user.getMiddleName();
        lastName = user.getLastName();
        loyaltyNumber = user.loyaltyNumberFor(supplierId);
        emails = String.join("\n", user.emailAddresses());
    }

    public Long getId() {
        return id;
    }

    public String getPublicId() {
        return publicId;
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

    public String getLoyaltyNumber() {
        return loyaltyNumber;
    }

    /** The e-mail addresses the request carries, in the user's order. */
    public List<String> getEmails() {
        return emails == null || emails.isEmpty() ? List.of() : List.of(emails.split("\n"));
    }

    public DirectoryUser getUser() {
        return user;
    }

    public String getSupplierId() {
        return supplierId;
    }

    public int getPartnerRetries() {
        return partnerRetries;
    }

    public int getUserActionRounds() {
        return userActionRounds;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getAvailableAt() {
        return availableAt;
    }

    public String getTokenHash() {
        return tokenHash;
    }

    public Instant getTokenExpiresAt() {
        return tokenExpiresAt;
    }

    public int getUnansweredDeliveries() {
        return unansweredDeliveries;
    }

    public PartnerCode getLastCode() {
        return lastCode;
    }

    public Instant getLastModified() {
        return lastModified;
    }
}
