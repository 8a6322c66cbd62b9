package org.billingcenter.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The position up to which a tenant's chain was last found intact, and its hash: the next check
 * starts there, so it hashes only what was sealed since. Written only by a check, which holds the
 * tenant's check lock in the cluster, so two writers never meet.
 */
@Component
class ChainCheckpoint {

    /** A place in the chain: its position, the hash sealed there and the revision it belongs to. */
    record Mark(long position, String hash, long revision) {

        static final Mark GENESIS = new Mark(0, RevisionContent.GENESIS, 0);
    }

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ChainCheckpoint(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The last verified place of the tenant's chain; the genesis when it was never checked. */
    Mark of(String tenant) {
        List<Mark> marks = jdbc.query("SELECT verified_seq, verified_hash, verified_revision FROM audit_chain_checkpoint"
                + " WHERE tenant_id = ?", (rs, row) -> new Mark(rs.getLong(1), rs.getString(2), rs.getLong(3)), tenant);
        return marks.isEmpty() ? Mark.GENESIS : marks.getFirst();
    }

    /** How many checks of the tenant's chain have finished, on any node. */
    long checksRun(String tenant) {
        List<Long> runs = jdbc.queryForList("SELECT checks_run FROM audit_chain_checkpoint WHERE tenant_id = ?", Long.class, tenant);
        return runs.isEmpty() ? 0 : runs.getFirst();
    }

    /** Records where a finished check found the chain intact up to (lower than before when a full check found an older break). */
    void record(String tenant, Mark verified) {
        Timestamp now = Timestamp.from(clock.instant());
        transactions.executeWithoutResult(status -> {
            int updated = jdbc.update("UPDATE audit_chain_checkpoint SET verified_seq = ?, verified_hash = ?, verified_revision = ?,"
                    + " checked_at = ?, checks_run = checks_run + 1 WHERE tenant_id = ?",
                    verified.position(), verified.hash(), verified.revision(), now, tenant);
            if (updated == 0) {
                jdbc.update("INSERT INTO audit_chain_checkpoint (tenant_id, verified_seq, verified_hash, verified_revision, checked_at,"
                        + " checks_run) VALUES (?, ?, ?, ?, ?, 1)", tenant, verified.position(), verified.hash(), verified.revision(), now);
            }
        });
    }
}
