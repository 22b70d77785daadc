package com.triplink.connections.connectionrequests.control;

import com.triplink.connections.connectionrequests.entity.ConnectionRequest;
import com.triplink.connections.connectionrequests.entity.FailureReason;
import com.triplink.connections.connectionrequests.entity.LifecyclePolicy;
import com.triplink.connections.connectionrequests.entity.PartnerCode;
import com.triplink.connections.connectionrequests.entity.Status;
import com.triplink.connections.errors.control.DomainException;
import com.triplink.connections.errors.control.ErrorKind;
import com.triplink.connections.users.control.UserChange;
import com.triplink.connections.users.control.UserDirectory;
import com.triplink.connections.users.entity.DirectoryUser;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.annotation.Metric;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Everything that happens to connection requests, each operation in one transaction and always
 * within the configured supplier: a request of another supplier is treated as absent.
 */
@Stateless
public class ConnectionRequestLifecycle {

    private static final Logger LOG = Logger.getLogger(ConnectionRequestLifecycle.class.getName());

    /**
     * Claims the next deliverable requests. Rows that a concurrent poll has locked are skipped,
     * so two polls never claim the same request and never wait on each other. Native SQL for
     * SKIP LOCKED; the condition is that of {@code StatusFilter.jpql(PENDING)} and must stay so.
     */
    private static final String CLAIM_SQL = "select id from connection_request"
            + " where supplier_id = ?1 and id > ?2 and (status = 'PENDING'"
            + " or (status = 'RETRY' and available_at <= ?3)"
            + " or (status = 'PROCESSING' and available_at <= ?3"
            + " and unanswered_deliveries < ?4))"
            + " order by id fetch first ?5 rows only for update skip locked";

    @PersistenceContext
    EntityManager em;

    @Inject
    @Metric(name = "connection_requests_delivered", absolute = true,
            description = "Requests handed to partners in polls, each with a fresh request token")
    Counter deliveredCount;

    @Inject
    @Metric(name = "connection_requests_connected", absolute = true,
            description = "Requests the partner reported as connected (CRSUC)")
    Counter connectedCount;

    @Inject
    @Metric(name = "connection_requests_failed", absolute = true,
            description = "Requests that failed for good: after a partner's answer, or because"
                    + " their user left the directory")
    Counter failedCount;

    @Inject
    @Metric(name = "connection_requests_requeued", absolute = true,
            description = "Answers that put a request into Retry, offered again after a delay")
    Counter requeuedCount;

    @Inject
    Clock clock;

    @Inject
    LifecyclePolicy policy;

    @Inject
    PageCursors cursors;

    @Inject
    RequestTokenIssuer tokens;

    @Inject
    UserDirectory users;

    @Inject
    @ConfigProperty(name = "triplink.supplier-id")
    String supplierId;

    /** A page of requests whose effective status is {@code status}; changes nothing. */
    public RequestPage list(Status status, int limit, String cursor) {
        Instant now = clock.instant();
        long after = cursor == null ? 0 : cursors.decode(status, cursor);

        List<ConnectionRequest> rows = StatusFilter.bind(em.createQuery(
                        "select c from ConnectionRequest c where c.supplierId = :supplier"
                        + " and c.id > :after and " + StatusFilter.jpql(status)
                        + " order by c.id", ConnectionRequest.class), now, policy)
                .setParameter("supplier", supplierId)
                .setParameter("after", after)
                .setMaxResults(limit + 1)
                .getResultList();

        List<ConnectionRequest> page = rows.subList(0, Math.min(limit, rows.size()));
        String next = rows.size() > limit
                ? cursors.encode(status, page.get(page.size() - 1).getId()) : null;
        return new RequestPage(page.stream()
                .map(request -> RequestSnapshot.of(request, now, policy)).toList(), next);
    }

    /**
     * Hands out up to {@code limit} Pending requests to the polling partner: each gets a fresh
     * request token and moves to Processing under a lease, all in this one transaction.
     */
    public RequestPage deliver(int limit, String cursor) {
        Instant now = clock.instant();
        long after = cursor == null ? 0 : cursors.decode(Status.PENDING, cursor);

        List<Long> ids = claim(now, after, limit);
        if (ids.isEmpty()) {
            return new RequestPage(List.of(), null);
        }
        List<ConnectionRequest> claimed = em.createQuery("select c from ConnectionRequest c"
                        + " join fetch c.user where c.id in :ids order by c.id",
                        ConnectionRequest.class)
                .setParameter("ids", ids)
                .getResultList();
        List<RequestSnapshot> delivered = new ArrayList<>(claimed.size());
        for (ConnectionRequest request : claimed) {
            String token = tokens.newToken();
            request.deliver(RequestTokenIssuer.hashOf(token), now, policy);
            delivered.add(RequestSnapshot.delivered(request, token));
        }
        em.flush();
        deliveredCount.inc(delivered.size());

        long last = ids.get(ids.size() - 1);
        boolean more = hasPendingAfter(last, now);
        LOG.log(Level.FINE, "Delivered {0} requests", delivered.size());
        return new RequestPage(delivered, more ? cursors.encode(Status.PENDING, last) : null);
    }

    /** The request with this ID as it is now. */
    public RequestSnapshot find(String publicId) {
        ConnectionRequest request = load(publicId, LockModeType.NONE);
        return RequestSnapshot.of(request, clock.instant(), policy);
    }

    /**
     * Applies a partner's answer to a request. Repeating the answer that produced the current
     * state changes nothing.
     *
     * @throws DomainException NOT_FOUND for an unknown request, CONFLICT when the state does
     *     not allow the answer
     */
    public void answer(String publicId, PartnerCode code) {
        Instant now = clock.instant();
        ConnectionRequest request = load(publicId, LockModeType.PESSIMISTIC_WRITE);

        boolean changed = request.answer(code, now, policy);

        if (!changed) {
            LOG.log(Level.FINE, "Request {0}: {1} repeated, nothing changed",
                    new Object[] {publicId, code});
        } else if (request.getStatus() == Status.CONNECTED) {
            connectedCount.inc();
            LOG.log(Level.INFO, "Request {0} connected; the user is told", publicId);
        } else if (request.getStatus() == Status.FAILED) {
            failedCount.inc();
            LOG.log(Level.INFO, "Request {0} failed for good after {1} ({2})",
                    new Object[] {publicId, code, code.meaning()});
        } else {
            requeuedCount.inc();
            LOG.log(Level.FINE, "Request {0}: {1}, offered again after {2}",
                    new Object[] {publicId, code, request.getAvailableAt()});
        }
    }

    /**
     * A Pending request for the user with this login ID, or the user's open request if there is
     * one, so that repeating the call creates nothing more.
     *
     * @throws DomainException INVALID_INPUT when the directory has no such (active) user
     */
    public Creation createFor(String loginId) {
        Instant now = clock.instant();
        DirectoryUser user = users.findForUpdate(loginId)
                .filter(DirectoryUser::isActive)
                .orElseThrow(() -> DomainException.invalid("UNKNOWN_USER", "user: no active user"
                        + " with login ID '" + loginId + "' is in the user directory."));

        Optional<ConnectionRequest> open = openRequestOf(user, now);
        if (open.isPresent()) {
            return new Creation(RequestSnapshot.of(open.get(), now, policy), false);
        }
        ConnectionRequest request = new ConnectionRequest(supplierId, user, now);
        em.persist(request);

        LOG.log(Level.INFO, "Request {0} created for user {1}",
                new Object[] {request.getPublicId(), user.getId()});
        return new Creation(RequestSnapshot.of(request, now, policy), true);
    }

    /** Everything about the request with this ID that an admin may look into. */
    public RequestDetails details(String publicId) {
        ConnectionRequest request = load(publicId, LockModeType.NONE);
        return RequestDetails.of(request, clock.instant(), policy);
    }

    /**
     * What a change in the user directory does to the user's open requests, of every supplier:
     * the directory is the company's, shared by the deployments of all its suppliers. A user
     * who is deactivated or deleted gets no more deliveries, so the requests fail for good with
     * the reason; changed details are copied into the requests the partner does not hold now.
     * Runs in the transaction of the change.
     */
    public void onUserChange(@Observes UserChange change) {
        Instant now = clock.instant();
        List<ConnectionRequest> open = em.createQuery("select c from ConnectionRequest c"
                        + " where c.user = :user and c.status in :open order by c.id",
                        ConnectionRequest.class)
                .setParameter("user", change.user())
                .setParameter("open", List.of(Status.PENDING, Status.PROCESSING, Status.RETRY))
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();

        switch (change.kind()) {
            case DETAILS_CHANGED -> open.forEach(request ->
                    request.refreshUserDetails(now, policy));
            case DEACTIVATED -> abandon(open, FailureReason.USER_DEACTIVATED, now);
            case DELETED -> abandon(open, FailureReason.USER_DELETED, now);
        }
    }

    private void abandon(List<ConnectionRequest> requests, FailureReason reason, Instant now) {
        for (ConnectionRequest request : requests) {
            if (request.abandon(reason, now, policy)) {
                failedCount.inc();
                LOG.log(Level.INFO, "Request {0} failed for good: {1}",
                        new Object[] {request.getPublicId(), reason.description()});
            }
        }
    }

    /** Deletes a request. */
    public void delete(String publicId) {
        em.remove(load(publicId, LockModeType.PESSIMISTIC_WRITE));
        LOG.log(Level.INFO, "Request {0} deleted", publicId);
    }

    private List<Long> claim(Instant now, long after, int limit) {
        List<?> rows = em.createNativeQuery(CLAIM_SQL)
                .setParameter(1, supplierId)
                .setParameter(2, after)
                .setParameter(3, now)
                .setParameter(4, policy.maxUnansweredDeliveries())
                .setParameter(5, limit)
                .getResultList();
        return rows.stream().map(id -> ((Number) id).longValue()).toList();
    }

    private boolean hasPendingAfter(long after, Instant now) {
        return !StatusFilter.bind(em.createQuery("select c.id from ConnectionRequest c"
                        + " where c.supplierId = :supplier and c.id > :after and "
                        + StatusFilter.jpql(Status.PENDING), Long.class), now, policy)
                .setParameter("supplier", supplierId)
                .setParameter("after", after)
                .setMaxResults(1)
                .getResultList().isEmpty();
    }

    private Optional<ConnectionRequest> openRequestOf(DirectoryUser user, Instant now) {
        return em.createQuery("select c from ConnectionRequest c where c.user = :user"
                        + " and c.supplierId = :supplier and c.status in :open order by c.id",
                        ConnectionRequest.class)
                .setParameter("user", user)
                .setParameter("supplier", supplierId)
                .setParameter("open", List.of(Status.PENDING, Status.PROCESSING, Status.RETRY))
                .getResultStream()
                .filter(request -> request.isOpen(now, policy))
                .findFirst();
    }

    private ConnectionRequest load(String publicId, LockModeType lock) {
        return em.createQuery("select c from ConnectionRequest c where c.publicId = :id"
                        + " and c.supplierId = :supplier", ConnectionRequest.class)
                .setParameter("id", publicId.trim().toLowerCase(Locale.ROOT))
                .setParameter("supplier", supplierId)
                .setLockMode(lock)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new DomainException(ErrorKind.NOT_FOUND, "NOT_FOUND",
                        "No connection request with this ID exists for this supplier."));
    }
}
