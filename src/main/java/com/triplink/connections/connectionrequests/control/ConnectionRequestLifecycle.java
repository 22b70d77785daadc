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
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
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
     * Locks those of the candidates that are still deliverable and that no concurrent poll
     * holds, so that two polls never claim the same request and never wait on each other.
     * Native SQL for SKIP LOCKED. The condition is the union of the Pending branches of
     * {@link StatusFilter} and must stay so; it leaves out the supplier, which the candidates
     * were chosen by, so that the database finds the rows by their primary key.
     */
    private static final String LOCK_SQL = "select id from connection_request"
            + " where id in (:ids) and (status = 'PENDING'"
            + " or (status = 'RETRY' and available_at <= :now)"
            + " or (status = 'PROCESSING' and available_at <= :now"
            + " and unanswered_deliveries < :maxUnanswered))"
            + " for update skip locked";

    /** Locks those of the candidates whose lease or delay has run out, as {@link #LOCK_SQL}. */
    private static final String LOCK_DUE_SQL = "select id from connection_request"
            + " where id in (:ids) and status in ('RETRY', 'PROCESSING')"
            + " and available_at <= :now for update skip locked";

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
    ClaimsInFlight inFlight;

    @Inject
    @ConfigProperty(name = "triplink.supplier-id")
    String supplierId;

    /** A page of requests whose effective status is {@code status}; changes nothing. */
    public RequestPage list(Status status, int limit, String cursor) {
        Instant now = clock.instant();
        long after = cursor == null ? 0 : cursors.decode(status, cursor);

        List<ConnectionRequest> rows = firstOf(status, now, after, limit + 1);

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

        Claim claim = claim(now, after, limit);
        if (claim.ids().isEmpty()) {
            return new RequestPage(List.of(), null);
        }
        List<ConnectionRequest> claimed = em.createQuery("select c from ConnectionRequest c"
                        + " join fetch c.user where c.id in :ids order by c.id",
                        ConnectionRequest.class)
                .setParameter("ids", claim.ids())
                .getResultList();
        List<RequestSnapshot> delivered = new ArrayList<>(claimed.size());
        for (ConnectionRequest request : claimed) {
            String token = tokens.newToken();
            request.deliver(RequestTokenIssuer.hashOf(token), now, policy);
            delivered.add(RequestSnapshot.delivered(request, token));
        }
        em.flush();
        deliveredCount.inc(delivered.size());

        long last = claim.ids().get(claim.ids().size() - 1);
        LOG.log(Level.FINE, "Delivered {0} requests", delivered.size());
        return new RequestPage(delivered,
                claim.more() ? cursors.encode(Status.PENDING, last) : null);
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

    /**
     * Writes down, for up to {@code max} requests of this supplier whose lease or delay had run
     * out at {@code now} (not later than the clock), the state that made effective (Pending, or
     * Failed when unanswered too often), so that listings and polls find them by their stored
     * status. Requests that a poll or an answer holds are left for the next time. Returns how
     * many had run out (up to {@code max}) and how many of them it wrote down.
     */
    public Settlement settleDue(int max, Instant now) {
        List<Long> due = Stream.of(Status.RETRY, Status.PROCESSING)
                .flatMap(stored -> em.createQuery("select c.id from ConnectionRequest c"
                                + " where c.supplierId = :supplier and c.status = :stored"
                                + " and c.availableAt <= :now"
                                + " order by c.supplierId, c.status, c.availableAt",
                                Long.class)
                        .setParameter("supplier", supplierId)
                        .setParameter("stored", stored)
                        .setParameter("now", now)
                        .setMaxResults(max)
                        .getResultList().stream())
                .limit(max)
                .toList();
        if (due.isEmpty()) {
            return new Settlement(0, 0);
        }
        List<Long> locked = ids(em.createNativeQuery(LOCK_DUE_SQL)
                .setParameter("ids", due)
                .setParameter("now", now)
                .getResultList());
        if (locked.isEmpty()) {
            return new Settlement(due.size(), 0);
        }

        List<ConnectionRequest> requests = em.createQuery("select c from ConnectionRequest c"
                        + " where c.id in :ids", ConnectionRequest.class)
                .setParameter("ids", locked)
                .getResultList();
        for (ConnectionRequest request : requests) {
            if (request.settle(now, policy) == Status.FAILED) {
                failedCount.inc();
                LOG.log(Level.INFO, "Request {0} failed for good: {1}", new Object[] {
                    request.getPublicId(), FailureReason.UNANSWERED_DELIVERIES_EXHAUSTED
                            .description()});
            }
        }

        LOG.log(Level.FINE, "Wrote down the state of {0} requests whose lease or delay ran out",
                requests.size());
        return new Settlement(due.size(), requests.size());
    }

    /** Deletes a request. */
    public void delete(String publicId) {
        em.remove(load(publicId, LockModeType.PESSIMISTIC_WRITE));
        LOG.log(Level.INFO, "Request {0} deleted", publicId);
    }

    /**
     * Claims up to {@code limit} deliverable requests after ID {@code after} ({@link Claim#of}).
     * Locking the candidates by ID keeps each lock to the rows delivered: H2 locks every row
     * that a {@code FOR UPDATE} query matches, whatever its row limit.
     */
    private Claim claim(Instant now, long after, int limit) {
        return Claim.of(limit, inFlight::ids, count -> nextDeliverable(now, after, count),
                candidates -> {
                    List<Long> locked = lock(candidates, now);
                    inFlight.holdUntilTransactionEnds(locked);
                    return locked;
                });
    }

    private List<Long> lock(List<Long> candidates, Instant now) {
        if (candidates.isEmpty()) {
            return List.of();
        }
        return ids(em.createNativeQuery(LOCK_SQL)
                .setParameter("ids", candidates)
                .setParameter("now", now)
                .setParameter("maxUnanswered", policy.maxUnansweredDeliveries())
                .getResultList());
    }

    /** The IDs a native query selected, whichever number type the driver gives them. */
    private static List<Long> ids(List<?> rows) {
        return rows.stream().map(id -> ((Number) id).longValue()).toList();
    }

    /**
     * The first {@code count} requests of this supplier after ID {@code after} whose effective
     * status is {@code status}, in ID order: the first {@code count} IDs of each branch, merged,
     * then those requests.
     */
    private List<ConnectionRequest> firstOf(Status status, Instant now, long after, int count) {
        List<Long> ids = fromBranches(status, now, after, count, false);
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select c from ConnectionRequest c where c.id in :ids"
                        + " order by c.id", ConnectionRequest.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    /**
     * The IDs of {@code count} deliverable requests after ID {@code after}, like
     * {@link #firstOf} except that the branches of run-out leases and delays contribute the
     * requests that ran out first. That reads the first rows of their index, so that a poll
     * costs the same however many requests have run out; the IDs are in order, but not always
     * those of the oldest deliverable requests.
     */
    private List<Long> nextDeliverable(Instant now, long after, int count) {
        return fromBranches(Status.PENDING, now, after, count, true);
    }

    /**
     * Each branch's query names its index through its order. Ordered by the columns of an
     * index, equal ones included, H2 and PostgreSQL read that index in its order, and stop at
     * the row limit; otherwise H2 sorts all the rows that match, and PostgreSQL may pick an
     * index by statistics that no longer hold. So a stored state reads the listing index, and
     * run-out requests the due index: a poll its first entries, an admin's listing, which
     * wants them in ID order, all of them (as many as ran out since the last sweep), sorted
     * here. Read by the listing index, every request still waiting would be passed on the way:
     * PostgreSQL did so, ordered by ID, when its statistics were taken before a burst of Retry
     * answers.
     */
    private List<Long> fromBranches(Status status, Instant now, long after, int count,
            boolean runOutFirst) {
        return StatusFilter.branches(status).stream()
                .flatMap(branch -> {
                    TypedQuery<Long> query = branch.bind(em.createQuery("select c.id"
                                    + " from ConnectionRequest c where c.supplierId = :supplier"
                                    + " and c.id > :after and " + branch.jpql()
                                    + " order by c.supplierId, c.status, "
                                    + (branch.runOut() ? "c.availableAt" : "c.id"), Long.class),
                                    now, policy)
                            .setParameter("supplier", supplierId)
                            .setParameter("after", after);
                    if (runOutFirst || !branch.runOut()) {
                        query.setMaxResults(count);
                    }
                    return query.getResultList().stream();
                })
                .sorted()
                .limit(count)
                .toList();
    }

    private Optional<ConnectionRequest> openRequestOf(DirectoryUser user, Instant now) {
        return em.createQuery("select c from ConnectionRequest c where c.user = :user"
                        + " and c.supplierId = :supplier and c.status in :open order by c.id",
                        ConnectionRequest.class)
                .setParameter("user", user)
                .setParameter("supplier", supplierId)
                .setParameter("open", List.of(Status.PENDING, Status.PROCESSING, Status.RETRY))
                .getResultList().stream()
                .filter(request -> request.isOpen(now, policy))
                .findFirst();
    }

    private ConnectionRequest load(String publicId, LockModeType lock) {
        return em.createQuery("select c from ConnectionRequest c where c.publicId = :id"
                        + " and c.supplierId = :supplier", ConnectionRequest.class)
                .setParameter("id", publicId.trim().toLowerCase(Locale.ROOT))
                .setParameter("supplier", supplierId)
                .setLockMode(lock)
                .getResultList().stream()
                .findFirst()
                .orElseThrow(() -> new DomainException(ErrorKind.NOT_FOUND, "NOT_FOUND",
                        "No connection request with this ID exists for this supplier."));
    }
}
