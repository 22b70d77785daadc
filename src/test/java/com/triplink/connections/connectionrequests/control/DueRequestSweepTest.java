package com.triplink.connections.connectionrequests.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DueRequestSweepTest {

    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    /** A clock one second later at each reading, as under load leases keep running out. */
    private static final class TickingClock extends Clock {

        private int readings;

        @Override
        public Instant instant() {
            return START.plusSeconds(readings++);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }
    }

    /** Answers full chunks a given number of times, then a short one, and records the cutoffs. */
    private static final class RecordingLifecycle extends ConnectionRequestLifecycle {

        final List<Instant> cutoffs = new ArrayList<>();
        private int fullChunks;

        RecordingLifecycle(int fullChunks) {
            this.fullChunks = fullChunks;
        }

        @Override
        public int settleDue(int max, Instant now) {
            cutoffs.add(now);
            return fullChunks-- > 0 ? max : max / 2;
        }
    }

    private static DueRequestSweep sweep(RecordingLifecycle lifecycle) {
        DueRequestSweep sweep = new DueRequestSweep();
        sweep.lifecycle = lifecycle;
        sweep.clock = new TickingClock();
        return sweep;
    }

    @Test
    void aSweepTakesOnlyWhatHadRunOutWhenItStarted() {
        RecordingLifecycle lifecycle = new RecordingLifecycle(3);

        sweep(lifecycle).sweep();

        assertEquals(List.of(START, START, START, START), lifecycle.cutoffs,
                "chunks until a short one, all up to the instant the sweep started");
    }

    @Test
    void aShortFirstChunkEndsTheSweep() {
        RecordingLifecycle lifecycle = new RecordingLifecycle(0);

        sweep(lifecycle).sweep();

        assertEquals(List.of(START), lifecycle.cutoffs);
    }
}
