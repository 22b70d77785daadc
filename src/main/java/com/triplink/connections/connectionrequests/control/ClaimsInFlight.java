package com.triplink.connections.connectionrequests.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The requests that polls of this instance have locked in transactions not yet ended. A poll
 * reads its candidates from what is committed, so without this it would pick the rows that
 * concurrent polls are delivering, find them locked and have to look again; with it, it passes
 * them by. Only a hint: the row locks alone keep two polls from delivering the same request.
 */
@ApplicationScoped
public class ClaimsInFlight {

    private final Set<Long> ids = ConcurrentHashMap.newKeySet();

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The IDs held now. */
    Set<Long> ids() {
        return ids;
    }

    /** Holds these IDs until the current transaction ends, whether it commits or not. */
    void holdUntilTransactionEnds(Collection<Long> claimed) {
        if (claimed.isEmpty()) {
            return;
        }
        ids.addAll(claimed);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the end
            }

            @Override
            public void afterCompletion(int status) {
                ids.removeAll(claimed);
            }
        });
    }
}
