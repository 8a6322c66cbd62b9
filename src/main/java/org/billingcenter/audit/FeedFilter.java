package org.billingcenter.audit;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;

/**
 * The SQL predicates a {@link ChangeFeed} adds for the reader's account and the query's record
 * and dates, over the columns its own table names them by. The tenant predicate is the feed's
 * own, always first; the actor filter is applied to every change by the history itself.
 */
public final class FeedFilter {

    private FeedFilter() {
    }

    /**
     * Appends {@code AND …} clauses for the account (when given), the record id and the date range,
     * binding their values in {@code args} (times as UTC wall clock, as the tables keep them).
     */
    public static String where(HistoryQuery query, Long account, String accountColumn, String idColumn, String timeColumn,
            MapSqlParameterSource args) {
        StringBuilder where = new StringBuilder();
        if (account != null) {
            where.append(" AND ").append(accountColumn).append(" = :account");
            args.addValue("account", account);
        }
        if (query.entityId() != null) {
            where.append(" AND ").append(idColumn).append(" = :id");
            args.addValue("id", query.entityId());
        }
        if (query.from() != null) {
            where.append(" AND ").append(timeColumn).append(" >= :from");
            args.addValue("from", utc(query.from()));
        }
        if (query.to() != null) {
            where.append(" AND ").append(timeColumn).append(" < :to");
            args.addValue("to", utc(query.to()));
        }
        return where.toString();
    }

    private static LocalDateTime utc(Instant instant) {
        return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
