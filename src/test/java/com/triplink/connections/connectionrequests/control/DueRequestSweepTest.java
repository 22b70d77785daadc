package com.triplink.connections.connectionrequests.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

class DueRequestSweepTest {

    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");
    private static final int CHUNK = DueRequestSweep.CHUNK;

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

    /** Answers the given chunks in turn, then empty ones, and records the cutoffs asked for. */
    private static final class RecordingLifecycle extends ConnectionRequestLifecycle {

        final List<Instant> cutoffs = new ArrayList<>();
        private final Deque<Settlement> chunks;

        RecordingLifecycle(Settlement... chunks) {
            this.chunks = new ArrayDeque<>(List.of(chunks));
        }

        @Override
        public Settlement settleDue(int max, Instant now) {
            cutoffs.add(now);
            return chunks.isEmpty() ? new Settlement(0, 0) : chunks.pop();
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
        Settlement full = new Settlement(CHUNK, CHUNK);
        RecordingLifecycle lifecycle = new RecordingLifecycle(full, full, full,
                new Settlement(CHUNK / 2, CHUNK / 2));

        sweep(lifecycle).sweep();

        assertEquals(List.of(START, START, START, START), lifecycle.cutoffs,
                "chunks until a short one, all up to the instant the sweep started");
    }

    @Test
    void aShortFirstChunkEndsTheSweep() {
        RecordingLifecycle lifecycle = new RecordingLifecycle(new Settlement(3, 3));

        sweep(lifecycle).sweep();

        assertEquals(List.of(START), lifecycle.cutoffs);
    }

    @Test
    void aFullChunkPartlyHeldElsewhereIsFollowedByAnother() {
        RecordingLifecycle lifecycle = new RecordingLifecycle(new Settlement(CHUNK, CHUNK - 7),
                new Settlement(7, 7));

        DueRequestSweep sweep = sweep(lifecycle);
        sweep.sweep();

        assertEquals(2, lifecycle.cutoffs.size(), "the held ones are looked for again");
        assertEquals(START.toEpochMilli(), sweep.lastCutoff.get(),
                "everything that had run out is written down: the cutoff is reported");
    }

    @Test
    void aSweepThatLeftHeldRequestsDoesNotReportItsCutoff() {
        RecordingLifecycle lifecycle = new RecordingLifecycle(new Settlement(10, 8));

        DueRequestSweep sweep = sweep(lifecycle);
        sweep.sweep();

        assertEquals(0, sweep.lastCutoff.get(), "two requests are left for the next sweep");
    }

    @Test
    void aFullChunkAllHeldElsewhereEndsTheSweepUnreported() {
        RecordingLifecycle lifecycle = new RecordingLifecycle(new Settlement(CHUNK, 0),
                new Settlement(CHUNK, CHUNK));

        DueRequestSweep sweep = sweep(lifecycle);
        sweep.sweep();

        assertEquals(List.of(START), lifecycle.cutoffs, "no progress: the next sweep goes on");
        assertEquals(0, sweep.lastCutoff.get());
    }

    @Test
    void theLastCompleteSweepsCutoffIsReported() {
        RecordingLifecycle lifecycle = new RecordingLifecycle(new Settlement(4, 4),
                new Settlement(2, 1));
        DueRequestSweep sweep = sweep(lifecycle);

        sweep.sweep();
        sweep.sweep();

        assertEquals(START.toEpochMilli(), sweep.lastCutoff.get(),
                "the second sweep left a request: the first one's cutoff stands");
    }
}
