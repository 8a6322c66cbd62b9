package org.billingcenter.audit;

import java.time.Instant;
import java.util.Map;

/** An entity as it stood at a moment: the revision in force then, and its audited fields. */
public record EntityState(String entityType, long entityId, long revision, Instant since, Map<String, String> fields) {
}
