package com.triplink.connections.connectionrequests.entity;

import java.time.Duration;

/**
 * The timings and maxima of the request lifecycle, as the operator configured them.
 *
 * @param lease how long a delivered request waits for the partner's answer
 * @param retryDelay how long a request waits after a partner error
 * @param userActionDelay how long a request waits after the partner asked the user to act
 * @param tokenLifetime how long a request token can be exchanged
 * @param maxPartnerRetries partner errors that still lead to another attempt
 * @param maxUserActionRounds user-action answers that still lead to another attempt
 * @param maxUnansweredDeliveries deliveries in a row that may go unanswered
 */
public record LifecyclePolicy(Duration lease, Duration retryDelay, Duration userActionDelay,
        Duration tokenLifetime, int maxPartnerRetries, int maxUserActionRounds,
        int maxUnansweredDeliveries) {

    /** The defaults of the contract. */
    public static LifecyclePolicy defaults() {
        return new LifecyclePolicy(Duration.ofHours(24), Duration.ofHours(1),
                Duration.ofHours(24), Duration.ofMinutes(15), 5, 4, 48);
    }
}
