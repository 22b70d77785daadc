package com.triplink.connections.connectionrequests.control;

import com.triplink.connections.connectionrequests.entity.LifecyclePolicy;
import com.triplink.connections.connectionrequests.entity.Status;
import jakarta.persistence.Parameter;
import jakarta.persistence.TypedQuery;
import java.time.Instant;

/**
 * The JPQL condition that selects requests by their effective status, the same rule as
 * {@code ConnectionRequest.effectiveStatus} expressed for the database.
 */
final class StatusFilter {

    private static final String PREFIX =
            "com.triplink.connections.connectionrequests.entity.Status.";

    private StatusFilter() {
    }

    /** The condition on alias {@code c}; parameters {@code now} and {@code maxUnanswered}. */
    static String jpql(Status status) {
        return switch (status) {
            case PENDING -> "(c.status = " + PREFIX + "PENDING"
                    + " or (c.status = " + PREFIX + "RETRY and c.availableAt <= :now)"
                    + " or (c.status = " + PREFIX + "PROCESSING and c.availableAt <= :now"
                    + " and c.unansweredDeliveries < :maxUnanswered))";
            case PROCESSING -> "(c.status = " + PREFIX + "PROCESSING and c.availableAt > :now)";
            case RETRY -> "(c.status = " + PREFIX + "RETRY and c.availableAt > :now)";
            case CONNECTED -> "(c.status = " + PREFIX + "CONNECTED)";
            case FAILED -> "(c.status = " + PREFIX + "FAILED"
                    + " or (c.status = " + PREFIX + "PROCESSING and c.availableAt <= :now"
                    + " and c.unansweredDeliveries >= :maxUnanswered))";
        };
    }

    /** Binds the parameters that the condition of {@link #jpql} uses. */
    static <T> TypedQuery<T> bind(TypedQuery<T> query, Instant now, LifecyclePolicy policy) {
        for (Parameter<?> parameter : query.getParameters()) {
            if ("now".equals(parameter.getName())) {
                query.setParameter("now", now);
            } else if ("maxUnanswered".equals(parameter.getName())) {
                query.setParameter("maxUnanswered", policy.maxUnansweredDeliveries());
            }
        }
        return query;
    }
}
