package com.triplink.connections.connectionrequests.entity;

import java.time.Duration;

/**
 * The timings and maxima of the request lifecycle, as the operator configured them; the
 * defaults are those of {@code LifecycleSettings}.
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
}
