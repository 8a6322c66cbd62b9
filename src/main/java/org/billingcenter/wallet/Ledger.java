package org.billingcenter.wallet;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Posts one journal transaction for a command that runs on its own (vouchers, cards, remittance
 * decisions, write-offs), through the {@link JournalWriter}, in the caller's database transaction.
 * Commands that run in batches write through {@link Books} instead.
 */
@Component
class Ledger {

    private final JournalWriter writer;
    private final EntityManager entityManager;

    Ledger(JournalWriter writer, EntityManager entityManager) {
        this.writer = writer;
        this.entityManager = entityManager;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    JournalTransaction post(Wallet wallet, JournalTransaction transaction) {
        if (transaction.getAccountId() != wallet.getAccountId()) {
            throw new IllegalArgumentException("Posting for account " + transaction.getAccountId() + " on another account's wallet");
        }
        // New lots must be in the database before the plain-SQL writer moves their balance.
        entityManager.flush();
        writer.write(List.of(transaction), List.of());
        return transaction;
    }
}
