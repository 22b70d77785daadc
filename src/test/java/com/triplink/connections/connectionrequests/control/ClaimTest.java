package com.triplink.connections.connectionrequests.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * The claim loop against a table of committed deliverable requests 1 to {@code size} and other
 * polls of the instance that lock rows while this one runs.
 */
class ClaimTest {

    private final Set<Long> heldByPolls = ConcurrentHashMap.newKeySet();
    private final Set<Long> lockedByOthers = new HashSet<>();
    private final List<Integer> readCounts = new ArrayList<>();

    /** The first {@code count} of {@code size} deliverable IDs, as committed. */
    private List<Long> deliverable(int size, int count) {
        readCounts.add(count);
        return LongStream.rangeClosed(1, Math.min(size, count)).boxed().toList();
    }

    /** Locks those not locked by others, and holds them as the service does. */
    private List<Long> lock(List<Long> candidates) {
        List<Long> locked = candidates.stream().filter(id -> !lockedByOthers.contains(id))
                .toList();
        heldByPolls.addAll(locked);
        return locked;
    }

    /** Another poll of the instance claims these rows. */
    private void otherPollClaims(long first, long last) {
        LongStream.rangeClosed(first, last).forEach(id -> {
            lockedByOthers.add(id);
            heldByPolls.add(id);
        });
    }

    @Test
    void aPollFillsItsPageFromTheFirstDeliverableRequests() {
        Claim claim = Claim.of(10, () -> heldByPolls, count -> deliverable(100, count),
                this::lock);

        assertEquals(LongStream.rangeClosed(1, 10).boxed().toList(), claim.ids());
        assertTrue(claim.more(), "90 more are deliverable");
    }

    @Test
    void aPollPassesByWhatOtherPollsHold() {
        otherPollClaims(1, 10);

        Claim claim = Claim.of(10, () -> heldByPolls, count -> deliverable(100, count),
                this::lock);

        assertEquals(LongStream.rangeClosed(11, 20).boxed().toList(), claim.ids());
        assertEquals(List.of(21), readCounts, "one read, the held rows counted in");
    }

    @Test
    void rowsClaimedByOtherPollsWhileThisOneReadsDoNotCutItsPageShort() {
        boolean[] first = {true};

        Claim claim = Claim.of(10, () -> heldByPolls, count -> {
            if (first[0]) {
                first[0] = false;
                otherPollClaims(1, 10);
            }
            return deliverable(100, count);
        }, this::lock);

        assertEquals(LongStream.rangeClosed(11, 20).boxed().toList(), claim.ids(),
                "a full page after the rows another poll took meanwhile");
        assertTrue(claim.more(), "and a NextPage: 80 more are deliverable");
    }

    @Test
    void rowsLockedElsewhereAreTriedOnceAndPassedBy() {
        lockedByOthers.addAll(List.of(2L, 4L, 6L));

        Claim claim = Claim.of(5, () -> heldByPolls, count -> deliverable(100, count),
                this::lock);

        assertEquals(List.of(1L, 3L, 5L, 7L, 8L), claim.ids(),
                "the next ones in order, each locked row passed by");
        assertTrue(claim.more());
    }

    @Test
    void aShortPageHasNoNextPage() {
        Claim claim = Claim.of(10, () -> heldByPolls, count -> deliverable(4, count),
                this::lock);

        assertEquals(List.of(1L, 2L, 3L, 4L), claim.ids());
        assertFalse(claim.more(), "nothing more is deliverable");
    }
}
