package org.billingcenter.audit;

import java.util.Optional;

import jakarta.persistence.EntityManager;

import org.hibernate.envers.AuditReaderFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Lets a service say why it changes what it changes. Envers writes one revision per transaction,
 * at commit, so the reason is bound to the current transaction and the revision listener picks
 * it up then; it is released when the transaction ends.
 */
@Component
public class AuditTrail {

    private static final int MAX_REASON = 500;
    private static final Object KEY = AuditTrail.class;

    private final EntityManager entityManager;

    AuditTrail(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Must be called inside a transaction; a later reason in the same transaction replaces an earlier one. */
    public void because(String reason) {
        if (reason == null || reason.isBlank()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("An audit reason belongs to a transaction; none is active");
        }
        String text = reason.strip();
        String bounded = text.length() > MAX_REASON ? text.substring(0, MAX_REASON) : text;
        if (TransactionSynchronizationManager.hasResource(KEY)) {
            TransactionSynchronizationManager.unbindResource(KEY);
        } else {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
        }
        TransactionSynchronizationManager.bindResource(KEY, bounded);
    }

    /** The reason given in the current transaction, if any. */
    static Optional<String> current() {
        return Optional.ofNullable((String) TransactionSynchronizationManager.getResource(KEY));
    }

    /**
     * The number of the current transaction's revision, written now if it is not yet (stamped as
     * any revision is). For rows a service audits itself, set-based, in the table Envers keeps for
     * the entity: the change history reads them like any other. Give the reason first.
     */
    public long currentRevision() {
        if (!TransactionSynchronizationManager.isActualTransactionActive()) {
            throw new IllegalStateException("An audit revision belongs to a transaction; none is active");
        }
        AuditRevision revision = AuditReaderFactory.get(entityManager).getCurrentRevision(AuditRevision.class, true);
        if (revision.getId() == 0) {
            entityManager.flush();
        }
        return revision.getId();
    }
}
