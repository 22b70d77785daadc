package com.triplink.connections.testsupport;

import com.triplink.connections.connectionrequests.entity.ConnectionRequest;
import com.triplink.connections.users.entity.DirectoryUser;
import com.triplink.connections.users.entity.UserProfile;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Test archives only: seeds users (there is no SCIM interface yet), rows of another supplier,
 * and moves the clock. Not part of the shipped WAR.
 */
@Path("")
@Stateless
public class TestSupportResource {

    @PersistenceContext
    EntityManager em;

    @POST
    @Path("users")
    public void addUsers(@QueryParam("prefix") String prefix, @QueryParam("count") int count,
            @QueryParam("supplier") String supplier) {
        for (int i = 0; i < count; i++) {
            em.persist(new DirectoryUser(UserProfile.of(prefix + "-" + i, "First" + i, null,
                    "Last" + i).withEmail(prefix + "-" + i + "@example.com")
                    .withLoyaltyNumber(supplier, "LN-" + prefix + "-" + i), Instant.now()));
        }
    }

    /** Adds {@code count} users named {@code <prefix>-0 ...}, each with a Pending request. */
    @POST
    @Path("requests")
    public void addRequests(@QueryParam("prefix") String prefix, @QueryParam("count") int count,
            @QueryParam("supplier") String supplier) {
        Instant now = Instant.now();
        for (int i = 0; i < count; i++) {
            DirectoryUser user = new DirectoryUser(UserProfile.of(prefix + "-" + i, "First" + i,
                    null, "Last" + i), now);
            em.persist(user);
            em.persist(new ConnectionRequest(supplier, user, now));
        }
    }

    @POST
    @Path("foreign-request")
    @Produces(MediaType.TEXT_PLAIN)
    public String addForeignRequest(@QueryParam("supplier") String supplier,
            @QueryParam("login") String login) {
        DirectoryUser user = new DirectoryUser(UserProfile.of(login, "Foreign", null, "User"),
                Instant.now());
        em.persist(user);
        ConnectionRequest request = new ConnectionRequest(supplier, user, Instant.now());
        em.persist(request);
        return request.getPublicId();
    }

    @POST
    @Path("clock")
    public void shiftClock(@QueryParam("seconds") long seconds) {
        ShiftableClock.shift(Duration.ofSeconds(seconds));
    }

    /**
     * Everything about a request of any supplier that a change would touch, as one line, or 404;
     * tests compare it before and after hostile calls.
     */
    @GET
    @Path("requests/{id}")
    @Produces(MediaType.TEXT_PLAIN)
    public String fingerprint(@PathParam("id") String id) {
        List<Object[]> rows = em.createQuery("select r.supplierId, r.status, r.version,"
                + " r.lastModified, r.tokenHash, r.availableAt from ConnectionRequest r"
                + " where r.publicId = :id", Object[].class).setParameter("id", id).getResultList();
        if (rows.isEmpty()) {
            throw new NotFoundException();
        }
        return Arrays.toString(rows.get(0));
    }

    /** How many requests, of any supplier, the user with this login ID has. */
    @GET
    @Path("requests")
    @Produces(MediaType.TEXT_PLAIN)
    public String countFor(@QueryParam("login") String login) {
        return em.createQuery("select count(r) from ConnectionRequest r"
                + " where r.user.loginId = :login", Long.class)
                .setParameter("login", login).getSingleResult().toString();
    }
}
