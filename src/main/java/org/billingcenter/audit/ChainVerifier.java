package org.billingcenter.audit;

import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Recomputes a tenant's chain from what the tables hold now and reports the first break. An
 * ordinary check starts at the tenant's checkpoint (where the last check found it intact) and
 * hashes only what was sealed since; a full check starts at the first revision, which is what
 * finds an alteration made before the checkpoint. Either way the checkpoint then records how far
 * the chain is intact, so a break a full check found is found again by every later check.
 */
@Component
class ChainVerifier {

    private static final int BATCH = 500;

    /** What a check found, and the last revision it found intact (0 when none). */
    record Outcome(ChainVerification verification, long confirmedRevision) {
    }

    private final JdbcTemplate jdbc;
    private final RevisionContent content;
    private final ChainCheckpoint checkpoints;

    ChainVerifier(JdbcTemplate jdbc, RevisionContent content, ChainCheckpoint checkpoints) {
        this.jdbc = jdbc;
        this.content = content;
        this.checkpoints = checkpoints;
    }

    Outcome verify(String tenant, boolean full, ChainCheckRun run) {
        ChainCheckpoint.Mark start = full ? ChainCheckpoint.Mark.GENESIS : checkpoints.of(tenant);
        if (!stillSealedAt(tenant, start)) {
            // The seal the last check ended on is gone or different: only a full check can say where the chain was rewritten.
            return new Outcome(new ChainVerification(0, start.revision(), start.position(), ChainVerification.Problem.REWRITTEN), 0);
        }
        // Up to the head as it is now: revisions sealed while the check runs are the next check's.
        List<Map<String, Object>> heads = jdbc.queryForList("SELECT last_seq, last_hash FROM audit_chain_head WHERE tenant_id = ?", tenant);
        long end = heads.isEmpty() ? Long.MAX_VALUE : ((Number) heads.getFirst().get("last_seq")).longValue();
        run.starting(start.position(), heads.isEmpty() ? 0 : Math.max(0, end - start.position()));
        long expected = start.position();
        String previous = start.hash();
        long lastRevision = start.revision();
        while (true) {
            List<Map<String, Object>> sealed = jdbc.queryForList("SELECT id, revision_timestamp, actor, client_address, reason,"
                    + " chain_seq, previous_hash, chain_hash FROM audit_revision WHERE tenant_id = ? AND chain_seq > ? AND chain_seq <= ?"
                    + " ORDER BY chain_seq LIMIT " + BATCH, tenant, expected, end);
            if (sealed.isEmpty()) {
                break;
            }
            long lowest = sealed.stream().mapToLong(AuditChain::id).min().orElseThrow();
            long highest = sealed.stream().mapToLong(AuditChain::id).max().orElseThrow();
            Map<Long, String> rows = content.rowsOf(tenant, lowest, highest);
            for (Map<String, Object> revision : sealed) {
                long position = ((Number) revision.get("chain_seq")).longValue();
                expected++;
                run.hashed();
                ChainVerification.Problem problem = null;
                String hash = null;
                if (position != expected || !previous.equals(revision.get("previous_hash"))) {
                    problem = ChainVerification.Problem.LINK_MISSING;
                } else {
                    hash = RevisionContent.hash(previous, position, AuditChain.details(revision), rows.get(AuditChain.id(revision)));
                    if (!hash.equals(revision.get("chain_hash"))) {
                        problem = ChainVerification.Problem.CONTENT_CHANGED;
                    }
                }
                if (problem != null) {
                    checkpoints.record(tenant, new ChainCheckpoint.Mark(expected - 1, previous, lastRevision));
                    return new Outcome(new ChainVerification(expected - 1, AuditChain.id(revision), position, problem), lastRevision);
                }
                previous = hash;
                lastRevision = AuditChain.id(revision);
            }
        }
        checkpoints.record(tenant, new ChainCheckpoint.Mark(expected, previous, lastRevision));
        if (!heads.isEmpty() && (end != expected || !previous.equals(heads.getFirst().get("last_hash")))) {
            return new Outcome(new ChainVerification(expected, null, expected + 1, ChainVerification.Problem.TAIL_MISSING), lastRevision);
        }
        return new Outcome(ChainVerification.intact(expected), lastRevision);
    }

    /** True when the revision at the checkpoint still carries the hash the checkpoint recorded. */
    private boolean stillSealedAt(String tenant, ChainCheckpoint.Mark mark) {
        if (mark.position() == 0) {
            return true;
        }
        List<Map<String, Object>> at = jdbc.queryForList("SELECT id, chain_hash FROM audit_revision WHERE tenant_id = ? AND chain_seq = ?",
                tenant, mark.position());
        return at.size() == 1 && AuditChain.id(at.getFirst()) == mark.revision() && mark.hash().equals(at.getFirst().get("chain_hash"));
    }
}
