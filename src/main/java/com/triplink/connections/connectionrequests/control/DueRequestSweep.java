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
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * At a configured interval, writes down the state of the requests whose lease or delay has run
 * out ({@link ConnectionRequestLifecycle#settleDue}). What the API shows does not depend on it:
 * it keeps the part of each poll and listing that looks at leases and delays as small as the
 * requests that ran out since the last sweep, and it reports requests that failed because they
 * went unanswered too often. Every instance sweeps; locks are skipped, never waited for. The
 * metric {@code connection_requests_sweep_cutoff_seconds} tells up to which moment everything
 * that ran out is written down: an operator sees a sweep that stopped working, and a benchmark
 * knows when the run-out leases of its polls are.
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
    MetricRegistry metrics;

    /**
     * The cutoff of the last sweep that wrote down everything that had run out by then, in
     * epoch milliseconds; 0 before the first.
     */
    final AtomicLong lastCutoff = new AtomicLong();

    @Inject
    @ConfigProperty(name = "triplink.lifecycle.sweep-interval", defaultValue = "PT1M")
    Duration interval;

    @PostConstruct
    void schedule() {
        metrics.gauge(Metadata.builder().withName("connection_requests_sweep_cutoff")
                .withUnit(MetricUnits.SECONDS)
                .withDescription("The cutoff (epoch seconds) of the last sweep that wrote down"
                        + " every lease and delay that had run out by then; 0 before the first")
                .build(), lastCutoff, cutoff -> cutoff.get() / 1000.0);
        if (interval.isZero() || interval.isNegative()) {
            LOG.info("The sweep of run-out leases and delays is off"
                    + " (triplink.lifecycle.sweep-interval)");
            return;
        }
        long millis = interval.toMillis();
        timers.createIntervalTimer(millis, millis, new TimerConfig(null, false));
    }

    /**
     * Writes down chunk after chunk in transactions of their own, while chunks are full and
     * something is written. It takes only what had run out when it started: under steady
     * polling, leases run out all the time, and a sweep chasing them would never end (the next
     * one takes them). Its cutoff is reported when the last chunk wrote down all it found.
     */
    @Timeout
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sweep() {
        Instant cutoff = clock.instant();
        try {
            Settlement chunk;
            do {
                chunk = lifecycle.settleDue(CHUNK, cutoff);
            } while (chunk.due() == CHUNK && chunk.written() > 0);
            if (chunk.complete()) {
                lastCutoff.set(cutoff.toEpochMilli());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "The sweep of run-out leases and delays failed; it runs"
                    + " again in " + interval, e);
        }
    }
}
