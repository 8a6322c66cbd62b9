package org.billingcenter.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.billingcenter.shared.persistence.ParameterMarks;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals and checks each tenant's chain of revisions. Sealing happens shortly after the change
 * commits (not inside it, so no business transaction waits for the chain): pending revisions
 * are taken in id order, each gets the next position and a hash over its content and the
 * previous hash, under a lock on the tenant's chain head. {@link ChainVerifier} checks it.
 */
@Component
class AuditChain {

    private static final int BATCH = 500;
    /** Revisions sealed per UPDATE: few statements per batch, and CASE lists short enough to scan quickly. */
    private static final int SEALS_PER_STATEMENT = 100;

    /** One revision's place in the chain. */
    private record Seal(long revision, long position, String previousHash, String hash) {
    }

    private final JdbcTemplate jdbc;
    private final RevisionContent content;
    private final TransactionTemplate transactions;

    AuditChain(JdbcTemplate jdbc, RevisionContent content, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.content = content;
        this.transactions = transactions;
    }

    /** Seals everything of the tenant committed so far; returns how many revisions it sealed. */
    int sealPending(String tenant) {
        int sealed = 0;
        int batch;
        do {
            batch = transactions.execute(status -> sealBatch(tenant));
            sealed += batch;
        } while (batch == BATCH);
        return sealed;
    }

    private int sealBatch(String tenant) {
        Map<String, Object> head = lockHead(tenant);
        long position = ((Number) head.get("last_seq")).longValue();
        String previous = (String) head.get("last_hash");
        List<Map<String, Object>> pending = jdbc.queryForList("SELECT id, revision_timestamp, actor, client_address, reason"
                + " FROM audit_revision WHERE tenant_id = ? AND chain_seq IS NULL ORDER BY id LIMIT " + BATCH, tenant);
        if (pending.isEmpty()) {
            return 0;
        }
        Map<Long, String> rows = content.rowsOf(tenant, id(pending.getFirst()), id(pending.getLast()));
        List<Seal> seals = new ArrayList<>(pending.size());
        for (Map<String, Object> revision : pending) {
            position++;
            String hash = RevisionContent.hash(previous, position, details(revision), rows.get(id(revision)));
            seals.add(new Seal(id(revision), position, previous, hash));
            previous = hash;
        }
        for (int start = 0; start < seals.size(); start += SEALS_PER_STATEMENT) {
            write(tenant, seals.subList(start, Math.min(seals.size(), start + SEALS_PER_STATEMENT)));
        }
        jdbc.update("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE tenant_id = ?", position, previous, tenant);
        return pending.size();
    }

    /** Writes the seals with one UPDATE, a CASE on the revision id per column: the database parses and runs one statement, not one per revision. */
    private void write(String tenant, List<Seal> seals) {
        List<Object> args = new ArrayList<>(7 * seals.size() + 1);
        seals.forEach(seal -> args.addAll(List.of(seal.revision(), seal.position())));
        seals.forEach(seal -> args.addAll(List.of(seal.revision(), seal.previousHash())));
        seals.forEach(seal -> args.addAll(List.of(seal.revision(), seal.hash())));
        args.add(tenant);
        seals.forEach(seal -> args.add(seal.revision()));
        jdbc.update("UPDATE audit_revision SET chain_seq = CASE id" + " WHEN ? THEN CAST(? AS DECIMAL(19, 0))".repeat(seals.size())
                + " END, previous_hash = CASE id" + " WHEN ? THEN CAST(? AS CHAR(64))".repeat(seals.size())
                + " END, chain_hash = CASE id" + " WHEN ? THEN CAST(? AS CHAR(64))".repeat(seals.size())
                + " END WHERE tenant_id = ? AND id IN (" + ParameterMarks.of(seals.size()) + ")",
                args.toArray());
    }

    /**
     * The tenant's chain head, locked until the transaction ends. Created on the first seal only:
     * an {@code INSERT IGNORE} that meets the existing row takes a shared lock on it, and two
     * sealers each holding one and then asking for the exclusive lock deadlock.
     */
    private Map<String, Object> lockHead(String tenant) {
        String lock = "SELECT last_seq, last_hash FROM audit_chain_head WHERE tenant_id = ? FOR UPDATE";
        List<Map<String, Object>> head = jdbc.queryForList(lock, tenant);
        if (head.isEmpty()) {
            jdbc.update("INSERT IGNORE INTO audit_chain_head (tenant_id, last_seq, last_hash) VALUES (?, 0, ?)", tenant,
                    RevisionContent.GENESIS);
            head = jdbc.queryForList(lock, tenant);
        }
        return head.getFirst();
    }

    static long id(Map<String, Object> revision) {
        return ((Number) revision.get("id")).longValue();
    }

    /** The revision's own details: who, when, from where and why belong to what is sealed. */
    static String details(Map<String, Object> revision) {
        return "rev=" + id(revision) + "|at=" + revision.get("revision_timestamp") + "|actor=" + revision.get("actor")
                + "|address=" + revision.get("client_address") + "|reason=" + revision.get("reason");
    }
}
