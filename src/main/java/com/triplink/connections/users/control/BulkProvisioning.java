package com.triplink.connections.users.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the operations of a SCIM bulk request in order, in chunks of one transaction each, so
 * that an initial load of many thousand users neither holds one huge transaction nor pays for
 * a commit per user. Logs its progress.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BulkProvisioning {

    /** Operations per transaction. */
    static final int CHUNK = 100;

    /** Progress is logged after every this many operations. */
    static final int PROGRESS_EVERY = 1_000;

    private static final Logger LOG = Logger.getLogger(BulkProvisioning.class.getName());

    @Inject
    BulkChunk chunks;

    /**
     * Runs the operations in order until {@code failOnErrors} of them have failed, and says
     * what became of each one that ran.
     */
    public List<BulkOutcome> run(List<BulkOperation> operations, int failOnErrors) {
        long started = System.nanoTime();
        Map<String, String> created = new HashMap<>();
        List<BulkOutcome> outcomes = new ArrayList<>(operations.size());
        int errors = 0;

        for (int from = 0; from < operations.size() && errors < failOnErrors; from += CHUNK) {
            List<BulkOperation> chunk = operations.subList(from,
                    Math.min(from + CHUNK, operations.size()));
            List<BulkOutcome> done = runChunk(chunk, created, failOnErrors - errors);
            errors += (int) done.stream().filter(BulkOutcome::failed).count();
            outcomes.addAll(done);
            logProgress(outcomes.size(), operations.size(), errors, from);
        }

        LOG.log(Level.INFO, "Bulk request done: {0,number,#} of {1,number,#} operations ran"
                + " in {2,number,#} ms, {3,number,#} failed",
                new Object[] {outcomes.size(), operations.size(),
                    (System.nanoTime() - started) / 1_000_000, errors});
        return outcomes;
    }

    private List<BulkOutcome> runChunk(List<BulkOperation> chunk, Map<String, String> created,
            int errorBudget) {
        Map<String, String> before = new HashMap<>(created);
        try {
            return chunks.together(chunk, created, errorBudget);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "A bulk chunk rolled back; running it one by one", e);
            created.clear();
            created.putAll(before);
        }
        List<BulkOutcome> outcomes = new ArrayList<>();
        int errors = 0;
        for (BulkOperation operation : chunk) {
            BulkOutcome outcome;
            try {
                outcome = chunks.alone(operation, created);
            } catch (RuntimeException e) {
                outcome = new BulkOutcome(operation, null, e);
            }
            outcomes.add(outcome);
            if (outcome.failed() && ++errors >= errorBudget) {
                break;
            }
        }
        return outcomes;
    }

    private static void logProgress(int done, int total, int errors, int from) {
        if (done / PROGRESS_EVERY > from / PROGRESS_EVERY && done < total) {
            LOG.log(Level.INFO, "Bulk request: {0,number,#} of {1,number,#} operations done,"
                    + " {2,number,#} failed",
                    new Object[] {done, total, errors});
        }
    }
}
