package org.billingcenter.audit;

import java.time.Instant;
import java.util.List;

/** One entity's change in one revision: who, when, from where, why, and each changed field. */
public record Change(long revision, Instant at, String actor, String clientAddress, String reason, String entityType,
        long entityId, Revision.ChangeKind kind, List<FieldChange> fields) {
}
