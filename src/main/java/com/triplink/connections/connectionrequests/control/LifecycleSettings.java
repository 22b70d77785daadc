package com.triplink.connections.connectionrequests.control;

import com.triplink.connections.connectionrequests.entity.LifecyclePolicy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Reads the lifecycle timings and maxima from MicroProfile Config. */
@ApplicationScoped
public class LifecycleSettings {

    @Inject
    @ConfigProperty(name = "triplink.lifecycle.lease", defaultValue = "PT24H")
    Duration lease;

    @Inject
    @ConfigProperty(name = "triplink.lifecycle.retry-delay", defaultValue = "PT1H")
    Duration retryDelay;

    @Inject
    @ConfigProperty(name = "triplink.lifecycle.user-action-delay", defaultValue = "PT24H")
    Duration userActionDelay;

    @Inject
    @ConfigProperty(name = "triplink.request-token.lifetime", defaultValue = "PT15M")
    Duration tokenLifetime;

    @Inject
    @ConfigProperty(name = "triplink.lifecycle.max-partner-retries", defaultValue = "5")
    int maxPartnerRetries;

    @Inject
    @ConfigProperty(name = "triplink.lifecycle.max-user-action-rounds", defaultValue = "4")
    int maxUserActionRounds;

    @Inject
    @ConfigProperty(name = "triplink.lifecycle.max-unanswered-deliveries", defaultValue = "48")
    int maxUnansweredDeliveries;

    /** The configured policy. */
    @Produces
    public LifecyclePolicy policy() {
        return new LifecyclePolicy(lease, retryDelay, userActionDelay, tokenLifetime,
                maxPartnerRetries, maxUserActionRounds, maxUnansweredDeliveries);
    }
}
