package org.billingcenter.audit;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A feature's own append-only record of changes, read into the change history beside the
 * Envers-audited entities. Records that are never edited (journal postings) need no revisions:
 * each row already says who, when, from where and why.
 */
public interface ChangeFeed {

    /** The entity type name the history shows and filters by. */
    String entityType();

    /**
     * The newest changes first, at most {@code limit}, of {@code tenant} only and, when
     * {@code account} is given, of that account only; honouring the query's id, actor and dates.
     */
    List<Change> changes(String tenant, Long account, HistoryQuery query, int limit);

    /** The record as it stood at a moment, if it existed then, within the same bounds. */
    Optional<EntityState> asOf(String tenant, Long account, long id, Instant at);
}
