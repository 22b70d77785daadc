package com.triplink.connections.users.control;

import com.triplink.connections.errors.control.DomainException;
import com.triplink.connections.errors.control.ErrorKind;
import com.triplink.connections.users.entity.DirectoryUser;
import com.triplink.connections.users.entity.UserProfile;
import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The changes an identity provider makes to the directory, each within the caller's
 * transaction. Every check that can refuse a change (no such user, a stale version, a taken
 * login ID, an invalid profile) runs before anything is written, so a refused change leaves
 * the transaction clean; a bulk request relies on that to go on with its next operation.
 */
@Dependent
public class DirectoryWrites {

    private static final Logger LOG = Logger.getLogger(DirectoryWrites.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Event<UserChange> changes;

    /**
     * Adds a user.
     *
     * @throws DomainException CONFLICT ({@code uniqueness}) when the login ID is taken
     */
    public UserSnapshot create(UserProfile profile) {
        requireFree(profile.userName(), null);

        DirectoryUser user = new DirectoryUser(profile, clock.instant());
        em.persist(user);

        LOG.log(Level.FINE, "User {0} created", user.getPublicId());
        return UserSnapshot.of(user);
    }

    /**
     * Replaces what the directory knows about a user.
     *
     * @param expectedVersion the version the caller last saw, or {@code null} for any
     * @throws DomainException NOT_FOUND, PRECONDITION_FAILED or CONFLICT ({@code uniqueness})
     */
    public UserSnapshot replace(String publicId, UserProfile profile, Long expectedVersion) {
        return change(publicId, current -> profile, expectedVersion);
    }

    /**
     * Changes a user by a function of their current profile, with the user locked meanwhile,
     * so that concurrent changes apply one after the other and none is lost.
     *
     * @param change the new profile from the current one; may throw to refuse the change
     * @param expectedVersion the version the caller last saw, or {@code null} for any
     * @throws DomainException NOT_FOUND, PRECONDITION_FAILED or CONFLICT ({@code uniqueness})
     */
    public UserSnapshot change(String publicId, UnaryOperator<UserProfile> change,
            Long expectedVersion) {
        DirectoryUser user = lockedUser(publicId, expectedVersion);
        UserProfile profile = change.apply(user.profile());
        requireFree(profile.userName(), user.getId());

        DirectoryUser.ProfileChange effect = user.replace(profile, clock.instant());
        em.flush();

        if (effect.deactivated()) {
            changes.fire(new UserChange(user, UserChange.Kind.DEACTIVATED));
        } else if (effect.detailsChanged()) {
            changes.fire(new UserChange(user, UserChange.Kind.DETAILS_CHANGED));
        }
        LOG.log(Level.FINE, "User {0} changed", publicId);
        return UserSnapshot.of(user);
    }

    /**
     * Removes a user from the directory; their open connection requests fail.
     *
     * @param expectedVersion the version the caller last saw, or {@code null} for any
     * @throws DomainException NOT_FOUND or PRECONDITION_FAILED
     */
    public void delete(String publicId, Long expectedVersion) {
        DirectoryUser user = lockedUser(publicId, expectedVersion);
        Instant now = clock.instant();

        changes.fire(new UserChange(user, UserChange.Kind.DELETED));
        user.delete(now);
        em.flush();

        LOG.log(Level.INFO, "User {0} deleted from the directory", publicId);
    }

    /** The user with this public ID, unless deleted. */
    DirectoryUser find(String publicId, LockModeType lock) {
        return em.createQuery("select u from DirectoryUser u where u.publicId = :id"
                        + " and u.deletedAt is null", DirectoryUser.class)
                .setParameter("id", publicId)
                .setLockMode(lock)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new DomainException(ErrorKind.NOT_FOUND, "NOT_FOUND",
                        "No user with ID '" + shorten(publicId) + "' is in the directory."));
    }

    private DirectoryUser lockedUser(String publicId, Long expectedVersion) {
        DirectoryUser user = find(publicId, LockModeType.PESSIMISTIC_WRITE);
        if (expectedVersion != null && expectedVersion != user.getVersion()) {
            throw new DomainException(ErrorKind.PRECONDITION_FAILED, "PRECONDITION_FAILED",
                    "User " + publicId + " has changed since version " + expectedVersion
                    + "; it is at version " + user.getVersion() + ". Read it again.");
        }
        return user;
    }

    private void requireFree(String userName, Long self) {
        boolean taken = !em.createQuery("select u.id from DirectoryUser u"
                        + " where u.loginKey = :key and u.id <> :self", Long.class)
                .setParameter("key", DirectoryUser.keyOf(userName))
                .setParameter("self", self == null ? -1L : self)
                .setMaxResults(1)
                .getResultList().isEmpty();
        if (taken) {
            throw new DomainException(ErrorKind.CONFLICT, "uniqueness", "userName '"
                    + shorten(userName) + "' is already taken by another user.");
        }
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "..." : text;
    }
}
