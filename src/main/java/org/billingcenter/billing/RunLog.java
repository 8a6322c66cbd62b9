package org.billingcenter.billing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import org.billingcenter.shared.tenancy.TenantContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The state of each run, written in transactions of its own so progress shows while the run
 * works and survives when it fails. A run marked DONE is never repeated; any other state is
 * resumed from where its idempotent steps left off.
 */
@Component
class RunLog {

    static final String DAY = "DAY";
    static final String MONTH = "MONTH";

    private static final RowMapper<RunStatus> ROW = (row, n) -> new RunStatus(row.getString(1), row.getString(2),
            row.getString(3), row.getString(4), row.getInt(5), row.getInt(6), instant(row.getTimestamp(7)),
            instant(row.getTimestamp(8)), row.getString(9));

    private final JdbcTemplate jdbc;
    private final TransactionTemplate own;
    private final Clock clock;

    RunLog(JdbcTemplate jdbc, PlatformTransactionManager transactions, Clock clock) {
        this.jdbc = jdbc;
        this.own = new TransactionTemplate(transactions);
        this.own.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.clock = clock;
    }

    Optional<RunStatus> find(String kind, String period) {
        return own.execute(status -> jdbc.query("SELECT kind, period, status, step, done_count, total_count, started_at,"
                + " finished_at, message FROM billing_run WHERE tenant_id = ? AND kind = ? AND period = ?", ROW,
                TenantContext.require(), kind, period).stream().findFirst());
    }

    boolean isDone(String kind, String period) {
        return find(kind, period).map(RunStatus::finished).orElse(false);
    }

    void start(String kind, String period) {
        own.executeWithoutResult(status -> {
            int updated = jdbc.update("UPDATE billing_run SET status = 'RUNNING', step = 'starting', done_count = 0, total_count = 0,"
                    + " started_at = ?, finished_at = NULL, message = NULL WHERE tenant_id = ? AND kind = ? AND period = ?",
                    now(), TenantContext.require(), kind, period);
            if (updated == 0) {
                jdbc.update("INSERT INTO billing_run (tenant_id, kind, period, status, step, done_count, total_count, started_at)"
                        + " VALUES (?, ?, ?, 'RUNNING', 'starting', 0, 0, ?)", TenantContext.require(), kind, period, now());
            }
        });
    }

    void progress(String kind, String period, String step, int done, int total) {
        own.executeWithoutResult(status -> jdbc.update("UPDATE billing_run SET step = ?, done_count = ?, total_count = ?"
                + " WHERE tenant_id = ? AND kind = ? AND period = ?", step, done, total, TenantContext.require(), kind, period));
    }

    void finish(String kind, String period, String message) {
        end(kind, period, "DONE", message);
    }

    void fail(String kind, String period, String message) {
        end(kind, period, "FAILED", message == null ? null : message.substring(0, Math.min(500, message.length())));
    }

    /**
     * Records the failure that stopped a run. When the database is what failed, the record cannot
     * be written either: the run stays marked as running, and its next start resumes it.
     */
    void failWith(String kind, String period, RuntimeException failure) {
        try {
            fail(kind, period, failure.toString());
        } catch (RuntimeException unrecorded) {
            failure.addSuppressed(unrecorded);
        }
    }

    private void end(String kind, String period, String state, String message) {
        own.executeWithoutResult(status -> jdbc.update("UPDATE billing_run SET status = ?, finished_at = ?, message = ?"
                + " WHERE tenant_id = ? AND kind = ? AND period = ?", state, now(), message, TenantContext.require(), kind, period));
    }

    List<RunStatus> recent(int limit) {
        return own.execute(status -> jdbc.query("SELECT kind, period, status, step, done_count, total_count, started_at,"
                + " finished_at, message FROM billing_run WHERE tenant_id = ? ORDER BY started_at DESC LIMIT " + Math.max(1, limit),
                ROW, TenantContext.require()));
    }

    private LocalDateTime now() {
        return LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static java.time.Instant instant(Timestamp utc) {
        return utc == null ? null : utc.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
}
