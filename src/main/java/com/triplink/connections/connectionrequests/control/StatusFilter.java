package com.triplink.connections.connectionrequests.control;

import com.triplink.connections.connectionrequests.entity.LifecyclePolicy;
import com.triplink.connections.connectionrequests.entity.Status;
import jakarta.persistence.Query;
import java.time.Instant;
import java.util.List;

/**
 * Which stored rows have an effective status, the rule of
 * {@code ConnectionRequest.effectiveStatus} expressed for the database. An effective status is
 * a union of branches, each one stored status with at most a condition on the lease or delay,
 * so that every branch is one range of an index and costs the same in a table of any size:
 * {@code (supplier_id, status, id)} for the stored states, {@code (supplier_id, status,
 * available_at)} for leases and delays that have run out.
 */
final class StatusFilter {

    /** What a branch asks of {@code availableAt} and the unanswered deliveries. */
    enum Timing {
        /** No condition. */
        ANY(""),
        /** The lease or delay runs on. */
        WAITING(" and c.availableAt > :now"),
        /** The delay has run out. */
        DUE(" and c.availableAt <= :now"),
        /** The lease has run out and another delivery is allowed. */
        DUE_AGAIN(" and c.availableAt <= :now and c.unansweredDeliveries < :maxUnanswered"),
        /** The lease has run out and the request has gone unanswered too often. */
        DUE_EXHAUSTED(" and c.availableAt <= :now"
                + " and c.unansweredDeliveries >= :maxUnanswered");

        private final String jpql;

        Timing(String jpql) {
            this.jpql = jpql;
        }
    }

    /** One stored status and its condition. */
    record Branch(Status stored, Timing timing) {

        /** The condition on alias {@code c}, with the parameters that {@link #bind} sets. */
        String jpql() {
            return "c.status = :stored" + timing.jpql;
        }

        /** Whether the branch holds requests whose lease or delay has run out. */
        boolean runOut() {
            return timing == Timing.DUE || timing == Timing.DUE_AGAIN
                    || timing == Timing.DUE_EXHAUSTED;
        }

        /** Binds the parameters of {@link #jpql} that the query uses. */
        <Q extends Query> Q bind(Q query, Instant now, LifecyclePolicy policy) {
            query.setParameter("stored", stored);
            if (timing != Timing.ANY) {
                query.setParameter("now", now);
            }
            if (timing == Timing.DUE_AGAIN || timing == Timing.DUE_EXHAUSTED) {
                query.setParameter("maxUnanswered", policy.maxUnansweredDeliveries());
            }
            return query;
        }
    }

    private StatusFilter() {
    }

    /** The branches whose union has effective status {@code status}. */
    static List<Branch> branches(Status status) {
        return switch (status) {
            case PENDING -> List.of(new Branch(Status.PENDING, Timing.ANY),
                    new Branch(Status.RETRY, Timing.DUE),
                    new Branch(Status.PROCESSING, Timing.DUE_AGAIN));
            case PROCESSING -> List.of(new Branch(Status.PROCESSING, Timing.WAITING));
            case RETRY -> List.of(new Branch(Status.RETRY, Timing.WAITING));
            case CONNECTED -> List.of(new Branch(Status.CONNECTED, Timing.ANY));
            case FAILED -> List.of(new Branch(Status.FAILED, Timing.ANY),
                    new Branch(Status.PROCESSING, Timing.DUE_EXHAUSTED));
        };
    }
}
