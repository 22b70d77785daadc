package com.triplink.connections.connectionrequests.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * At a configured interval, writes down the state of the requests whose lease or delay has run
 * out ({@link ConnectionRequestLifecycle#settleDue}). What the API shows does not depend on it:
 * it keeps the part of each poll and listing that looks at leases and delays as small as the
 * requests that ran out since the last sweep, and it reports requests that failed because they
 * went unanswered too often. Every instance sweeps; locks are skipped, never waited for.
 */
@Singleton
@Startup
public class DueRequestSweep {

    /** Requests written down per transaction. */
    static final int CHUNK = 500;

    private static final Logger LOG = Logger.getLogger(DueRequestSweep.class.getName());

    @Resource
    TimerService timers;

    @Inject
    ConnectionRequestLifecycle lifecycle;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "triplink.lifecycle.sweep-interval", defaultValue = "PT1M")
    Duration interval;

    @PostConstruct
    void schedule() {
        if (interval.isZero() || interval.isNegative()) {
            LOG.info("The sweep of run-out leases and delays is off"
                    + " (triplink.lifecycle.sweep-interval)");
            return;
        }
        long millis = interval.toMillis();
        timers.createIntervalTimer(millis, millis, new TimerConfig(null, false));
    }

    /**
     * Writes down chunk after chunk in transactions of their own, until a chunk is short. It
     * takes only what had run out when it started: under steady polling, leases run out all the
     * time, and a sweep chasing them would never end (the next one takes them).
     */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        Instant cutoff = clock.instant();
        try {
            int settled;
            do {
                settled = lifecycle.settleDue(CHUNK, cutoff);
            } while (settled == CHUNK);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The sweep of run-out leases and delays failed; it runs"
                    + " again in " + interval, e);
        }
    }
}
