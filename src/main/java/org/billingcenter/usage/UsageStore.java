package org.billingcenter.usage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.billingcenter.shared.persistence.MultiRowInsert;
import org.billingcenter.shared.persistence.ParameterMarks;
import org.billingcenter.shared.persistence.Utc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The usage tables, set-based: records go in with multi-row {@code INSERT IGNORE} statements
 * (the primary key is tenant + source id, so a record sent again is skipped, and the statement's
 * count says how many were new), and a day comes back already aggregated by the database. Every
 * statement names the tenant explicitly: nothing here passes through Hibernate's tenant filter.
 */
@Component
class UsageStore {

    private static final int ROWS_PER_STATEMENT = 500;
    private static final List<String> COLUMNS = List.of("tenant_id", "source_id", "workspace_id", "item_code", "usage_hour", "usage_day",
            "quantity");

    private final JdbcTemplate jdbc;

    UsageStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Stores the records that are new; returns how many were. */
    int insert(String tenant, ZoneId zone, List<UsageRecord> records) {
        return new MultiRowInsert<UsageRecord>("usage_record", COLUMNS, ROWS_PER_STATEMENT, (statement, first, row) -> {
            int p = first;
            statement.setString(p++, tenant);
            statement.setString(p++, row.sourceId());
            statement.setLong(p++, row.workspaceId());
            statement.setString(p++, row.itemCode());
            statement.setObject(p++, Utc.wallClock(row.hour()));
            statement.setObject(p++, LocalDate.ofInstant(row.hour(), zone));
            statement.setBigDecimal(p, row.quantity());
        }).insert(jdbc, records);
    }

    /** The day's usage per workspace and item: hours summed first, then the day's sum and its largest hour. */
    List<DailyUsage> daily(String tenant, LocalDate day) {
        return jdbc.query("SELECT workspace_id, item_code, SUM(q), MAX(q) FROM (SELECT workspace_id, item_code, usage_hour,"
                + " SUM(quantity) q FROM usage_record WHERE tenant_id = ? AND usage_day = ?"
                + " GROUP BY workspace_id, item_code, usage_hour) hours GROUP BY workspace_id, item_code ORDER BY workspace_id, item_code",
                (row, n) -> new DailyUsage(row.getLong(1), row.getString(2), scaled(row.getBigDecimal(3)), scaled(row.getBigDecimal(4))),
                tenant, day);
    }

    private static BigDecimal scaled(BigDecimal value) {
        return value.stripTrailingZeros();
    }

    /**
     * Which of the days are closed, holding each day's row until the caller's transaction ends.
     * The day rows are written in date order (the same order in every batch) with {@code INSERT
     * IGNORE}: one that exists already gets a shared lock, so batches of one day still run side by
     * side, while {@link #close} must wait for every batch that holds the day to commit. Usage
     * accepted for a day is therefore committed before rating reads the day, or refused.
     */
    Set<LocalDate> holdAndFindClosed(String tenant, Collection<LocalDate> days) {
        if (days.isEmpty()) {
            return Set.of();
        }
        List<LocalDate> ordered = days.stream().sorted().toList();
        List<Object> rows = new ArrayList<>();
        for (LocalDate day : ordered) {
            rows.add(tenant);
            rows.add(day);
        }
        jdbc.update("INSERT IGNORE INTO usage_closed_day (tenant_id, usage_day, closed_at) VALUES "
                + String.join(",", Collections.nCopies(ordered.size(), "(?, ?, NULL)")), rows.toArray());
        List<Object> args = new ArrayList<>();
        args.add(tenant);
        args.addAll(ordered);
        return new HashSet<>(jdbc.queryForList("SELECT usage_day FROM usage_closed_day WHERE tenant_id = ? AND closed_at IS NOT NULL"
                + " AND usage_day IN (" + ParameterMarks.of(ordered.size()) + ")", LocalDate.class, args.toArray()));
    }

    /** Closes the day; waits for the batches that hold it (see {@link #holdAndFindClosed}). */
    void close(String tenant, LocalDate day, LocalDateTime at) {
        jdbc.update("INSERT INTO usage_closed_day (tenant_id, usage_day, closed_at) VALUES (?, ?, ?)"
                + " ON DUPLICATE KEY UPDATE closed_at = COALESCE(closed_at, VALUES(closed_at))", tenant, day, at);
    }
}
