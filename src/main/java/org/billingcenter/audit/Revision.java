package org.billingcenter.audit;

import java.time.Instant;
import java.util.Map;

/**
 * One entry of an entity's history as an auditor reads it: who changed it, when, from where and
 * why, and the audited fields as they stood after the change.
 */
public record Revision(long number, Instant at, String actor, String clientAddress, String reason,
        ChangeKind kind, String entityType, Map<String, Object> state) {

    public enum ChangeKind { CREATED, CHANGED, DELETED }
}
