package com.triplink.connections.users.control;

import com.triplink.connections.errors.control.DomainException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Runs bulk operations in transactions of their own: a chunk of them together, or one alone.
 * An operation the directory refuses (a taken login ID, a stale version, an invalid profile)
 * is refused before it writes anything, so its chunk goes on; any other failure rolls the
 * whole chunk back, and the caller runs it again one operation at a time.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class BulkChunk {

    @Inject
    DirectoryWrites writes;

    /**
     * Runs the operations in one transaction until {@code errorBudget} of them have been
     * refused. Users created are added to {@code created} under their bulk IDs.
     */
    public List<BulkOutcome> together(List<BulkOperation> operations,
            Map<String, String> created, int errorBudget) {
        List<BulkOutcome> outcomes = new ArrayList<>();
        int errors = 0;
        for (BulkOperation operation : operations) {
            BulkOutcome outcome = refusedOrDone(operation, created);
            outcomes.add(outcome);
            if (outcome.failed() && ++errors >= errorBudget) {
                break;
            }
        }
        return outcomes;
    }

    /** Runs one operation in a transaction of its own. */
    public BulkOutcome alone(BulkOperation operation, Map<String, String> created) {
        return refusedOrDone(operation, created);
    }

    private BulkOutcome refusedOrDone(BulkOperation operation, Map<String, String> created) {
        try {
            UserSnapshot user = operation.action().apply(writes,
                    resolve(operation.target(), created));
            if (operation.bulkId() != null && user != null && operation.target() == null) {
                created.put(operation.bulkId(), user.publicId());
            }
            return new BulkOutcome(operation, user, null);
        } catch (DomainException | ConstraintViolationException e) {
            return new BulkOutcome(operation, null, e);
        }
    }

    private static String resolve(String target, Map<String, String> created) {
        if (target == null || !target.startsWith(BulkOperation.BULK_ID_PREFIX)) {
            return target;
        }
        String bulkId = target.substring(BulkOperation.BULK_ID_PREFIX.length());
        String id = created.get(bulkId);
        if (id == null) {
            throw DomainException.invalid("invalidValue", "No user was created earlier in this"
                    + " bulk request under bulkId '" + bulkId + "'.");
        }
        return id;
    }
}
