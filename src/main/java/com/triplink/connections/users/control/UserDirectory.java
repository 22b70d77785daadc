package com.triplink.connections.users.control;

import com.triplink.connections.users.entity.DirectoryUser;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;

/** Finds and stores users of the directory. */
@Stateless
public class UserDirectory {

    @PersistenceContext
    EntityManager em;

    /**
     * The user with this login ID (in any case), locked until the transaction ends so that
     * concurrent work for the same user happens one at a time.
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

    /** Stores a new user. */
    public DirectoryUser add(DirectoryUser user) {
        em.persist(user);
        return user;
    }
}
