package org.billingcenter.shared.persistence;

import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The check {@code @Transactional(propagation = MANDATORY)} makes, for the helpers a batch of money
 * commands calls many times: without a proxy around each call, which costs the JVM more than the
 * check (finding the transaction manager, looking up annotations) on every call.
 */
public final class InTransaction {

    private InTransaction() {
    }

    /** @throws IllegalTransactionStateException if the caller has no transaction to join */
    public static void require() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalTransactionStateException("No existing transaction found; this must run inside the caller's transaction");
        }
    }
}
