package org.billingcenter.audit;

import jakarta.persistence.EntityManager;

import org.hibernate.envers.AuditReaderFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lets a service say why it changes what it changes. Envers writes one revision per transaction,
 * at commit; the reason is put on that revision, so it must be given inside the transaction.
 */
@Component
public class AuditTrail {

    private static final int MAX_REASON = 500;

    private final EntityManager entityManager;

    AuditTrail(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void because(String reason) {
        if (reason == null || reason.isBlank()) {
            return;
        }
        String text = reason.strip();
        AuditReaderFactory.get(entityManager).getCurrentRevision(AuditRevision.class, false)
                .explain(text.length() > MAX_REASON ? text.substring(0, MAX_REASON) : text);
    }
}
