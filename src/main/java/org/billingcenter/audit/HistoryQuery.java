package org.billingcenter.audit;

import java.time.Instant;

/**
 * Filters for the change history; null means "any". {@code accountId} is for the tenant's
 * staff, who read every account; an account's own people always read just their account.
 */
public record HistoryQuery(String entityType, Long entityId, String actor, Instant from, Instant to, Long accountId) {

    public static HistoryQuery all() {
        return new HistoryQuery(null, null, null, null, null, null);
    }

    public HistoryQuery ofEntity(String type, long id) {
        return new HistoryQuery(type, id, actor, from, to, accountId);
    }

    boolean admits(Change change) {
        return (actor == null || actor.isBlank() || change.actor().toLowerCase().contains(actor.strip().toLowerCase()))
                && (from == null || !change.at().isBefore(from))
                && (to == null || change.at().isBefore(to));
    }
}
