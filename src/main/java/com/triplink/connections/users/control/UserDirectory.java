package com.triplink.connections.users.control;

import com.triplink.connections.errors.control.DomainException;
import com.triplink.connections.users.entity.DirectoryUser;
import com.triplink.connections.users.entity.UserProfile;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The user directory: looks users up for connection requests and takes the identity
 * provider's changes, each call in one transaction.
 */
@Stateless
public class UserDirectory {

    @PersistenceContext
    EntityManager em;

    @Inject
    DirectoryWrites writes;

    /**
     * The user with this login ID (in any case), locked until the transaction ends so that
     * concurrent work for the same user happens one at a time. Deleted users have no login ID.
     */
    public Optional<DirectoryUser> findForUpdate(String loginId) {
        return em.createQuery("select u from DirectoryUser u where u.loginKey = :key",
                        DirectoryUser.class)
                .setParameter("key", DirectoryUser.keyOf(loginId))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
    }

    /** Whether the directory has no users at all. */
    public boolean isEmpty() {
        return em.createQuery("select count(u) from DirectoryUser u", Long.class)
                .getSingleResult() == 0;
    }

    /** The user with this public ID. @throws DomainException NOT_FOUND */
    public UserSnapshot find(String publicId) {
        return UserSnapshot.of(writes.find(publicId, LockModeType.NONE));
    }

    /**
     * The users that match a SCIM filter, in the directory's order, from the
     * {@code startIndex}-th (1 is the first) for at most {@code count} users.
     *
     * @throws DomainException INVALID_INPUT ({@code invalidFilter}) for a filter that cannot be
     *     read or searches an attribute that cannot be searched
     */
    public UserPage search(String filter, int startIndex, int count) {
        UserFilter condition = UserFilter.of(filter);
        String where = " from DirectoryUser u where u.deletedAt is null and ("
                + condition.jpql() + ")";

        long total = bind(em.createQuery("select count(u)" + where, Long.class), condition)
                .getSingleResult();
        List<UserSnapshot> users = count == 0 ? List.of()
                : bind(em.createQuery("select u" + where + " order by u.id",
                        DirectoryUser.class), condition)
                        .setFirstResult(startIndex - 1)
                        .setMaxResults(count)
                        .getResultStream()
                        .map(UserSnapshot::of)
                        .toList();
        return new UserPage(users, total);
    }

    /** Adds a user. @see DirectoryWrites#create */
    public UserSnapshot create(UserProfile profile) {
        return writes.create(profile);
    }

    /** Replaces a user's profile. @see DirectoryWrites#replace */
    public UserSnapshot replace(String publicId, UserProfile profile, Long expectedVersion) {
        return writes.replace(publicId, profile, expectedVersion);
    }

    /** Changes a user by a function of their profile. @see DirectoryWrites#change */
    public UserSnapshot change(String publicId, UnaryOperator<UserProfile> change,
            Long expectedVersion) {
        return writes.change(publicId, change, expectedVersion);
    }

    /** Removes a user. @see DirectoryWrites#delete */
    public void delete(String publicId, Long expectedVersion) {
        writes.delete(publicId, expectedVersion);
    }

    /** Stores a new user (demo data). */
    public DirectoryUser add(DirectoryUser user) {
        em.persist(user);
        return user;
    }

    private static <T> TypedQuery<T> bind(TypedQuery<T> query, UserFilter condition) {
        for (int i = 0; i < condition.parameters().size(); i++) {
            query.setParameter("p" + i, condition.parameters().get(i));
        }
        return query;
    }
}
