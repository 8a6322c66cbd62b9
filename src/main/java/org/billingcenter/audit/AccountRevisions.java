package org.billingcenter.audit;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Component;

/**
 * The revisions that touched one account's records, through the same scoped queries as the
 * account's change history, so a check reports to an account's people only what they may read.
 */
@Component
class AccountRevisions {

    private final HistoryReader history;

    AccountRevisions(HistoryReader history) {
        this.history = history;
    }

    /** Revision ids up to {@code lastRevision} that changed a record of the scope's account. */
    Set<Long> upTo(HistoryScope scope, long lastRevision) {
        Set<Long> revisions = new HashSet<>();
        for (AuditedType type : history.visibleTypes(scope)) {
            if (!type.accountScoped()) {
                continue;
            }
            List<?> found = history.scoped(scope, type, true).add(AuditEntity.revisionNumber().le(lastRevision))
                    .addProjection(AuditEntity.revisionNumber().distinct()).getResultList();
            found.forEach(revision -> revisions.add(((Number) revision).longValue()));
        }
        return revisions;
    }
}
