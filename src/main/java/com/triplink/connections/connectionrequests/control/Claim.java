package com.triplink.connections.connectionrequests.control;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** The IDs a poll claimed, in order, and whether more requests were deliverable after them. */
record Claim(List<Long> ids, boolean more) {

    /**
     * Claims up to {@code limit} requests: picks candidates among the first deliverable ones
     * (as committed), passing by those that concurrent polls of this instance hold, locks those
     * still deliverable and not held elsewhere, and looks further while it has fewer than the
     * limit and more were deliverable.
     *
     * @param heldByPolls the IDs that polls of this instance hold now; it grows and shrinks
     *     while this poll runs
     * @param deliverable the IDs of the first {@code n} deliverable requests, in order
     * @param lock locks those of the given IDs that are still deliverable and returns them
     */
    static Claim of(int limit, Supplier<Set<Long>> heldByPolls,
            IntFunction<List<Long>> deliverable, UnaryOperator<List<Long>> lock) {
        List<Long> claimed = new ArrayList<>(limit);
        Set<Long> tried = new HashSet<>();
        while (true) {
            int wanted = limit - claimed.size();
            Set<Long> held = heldByPolls.get();
            int reading = wanted + 1 + tried.size() + held.size();
            List<Long> read = deliverable.apply(reading);
            List<Long> candidates = read.stream()
                    .filter(id -> !tried.contains(id) && !held.contains(id))
                    .toList();
            List<Long> picked = candidates.subList(0, Math.min(wanted, candidates.size()));

            claimed.addAll(lock.apply(picked));
            tried.addAll(picked);

            // The held set grows while the candidates are read, so a full read may have passed
            // by more rows than it counted: more may be deliverable even with no candidate left.
            boolean more = candidates.size() > wanted || read.size() == reading;
            if (claimed.size() == limit || !more) {
                return new Claim(claimed.stream().sorted().toList(), more);
            }
        }
    }
}
