package com.triplink.connections.testsupport;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Test archives only: replaces the service's clock with one that runs with real time plus an
 * offset that tests move forward, so leases and delays pass without waiting for them.
 */
@ApplicationScoped
@Alternative
@Priority(1000)
public class ShiftableClock {

    private static final AtomicReference<Duration> OFFSET = new AtomicReference<>(Duration.ZERO);

    @Produces
    Clock clock() {
        return new Shifted();
    }

    static void shift(Duration by) {
        OFFSET.accumulateAndGet(by, Duration::plus);
    }

    private static final class Shifted extends Clock {

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(OFFSET.get());
        }
    }
}
