package org.billingcenter.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One entity's change in one revision: who, when, from where, why, and each changed field.
 * {@code state} holds every audited field as the change left it (as it stood before a deletion),
 * so a changed amount can be read with its unchanged currency; feeds may leave it empty.
 */
public record Change(long revision, Instant at, String actor, String clientAddress, String reason, String entityType,
        long entityId, Revision.ChangeKind kind, List<FieldChange> fields, Map<String, String> state) {

    public Change {
        state = state == null ? Map.of() : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(state));
    }

    public Change(long revision, Instant at, String actor, String clientAddress, String reason, String entityType,
            long entityId, Revision.ChangeKind kind, List<FieldChange> fields) {
        this(revision, at, actor, clientAddress, reason, entityType, entityId, kind, fields, Map.of());
    }
}
