package org.billingcenter.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.billingcenter.account.AccountProfile;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Check now" hashes only what was sealed since the last check, runs in the background once per
 * tenant however many ask, still finds an edited row, and tells an account's people only about
 * their account. Each test that edits the audit trail puts it back and lets a full check reset
 * the checkpoint, so the shared tenant's chain is whole again for the rest of the suite.
 */
class IncrementalChainCheckTest extends ApplicationTest {

    @Autowired
    AuditChainService chain;
    @Autowired
    AuditService audit;
    @Autowired
    ChainCheckpoint checkpoints;
    @Autowired
    AuditChain sealing;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void aSecondCheckHashesOnlyWhatWasSealedSinceTheFirst() {
        SignedInUser staff = newOperator(INTL);
        SignedInUser owner = newOwner(INTL);
        ChainCheckReport.TenantChain first = finished(staff, chain::check).tenant();
        assertThat(first.outcome().intact()).isTrue();

        for (int i = 0; i < 3; i++) {
            rename(owner, "Step Ltd " + i);
        }
        ChainCheckReport.TenantChain second = finished(staff, chain::check).tenant();

        assertThat(second.outcome().intact()).isTrue();
        assertThat(second.full()).isFalse();
        assertThat(second.startedAfter()).isEqualTo(first.outcome().checked());
        assertThat(second.hashed()).isEqualTo(second.outcome().checked() - first.outcome().checked()).isBetween(3L, 10L);
        assertThat(second.toHash()).isEqualTo(second.hashed());

        ChainCheckReport.TenantChain full = finished(staff, chain::fullCheck).tenant();
        assertThat(full.full()).isTrue();
        assertThat(full.startedAfter()).isZero();
        assertThat(full.hashed()).isEqualTo(full.outcome().checked()).isGreaterThanOrEqualTo(second.outcome().checked());
    }

    @Test
    void anEditAfterTheLastCheckIsFoundByTheNextCheckAndOneBeforeItByAFullCheck() {
        SignedInUser staff = newOperator(INTL);
        SignedInUser owner = newOwner(INTL);
        long older = rename(owner, "Early Ltd");
        assertThat(finished(staff, chain::check).tenant().outcome().intact()).isTrue();

        // Before the checkpoint: an ordinary check does not hash it again; the full check does.
        forgeName(owner, older, "Forged Early Ltd");
        try {
            assertThat(finished(staff, chain::check).tenant().outcome().intact()).isTrue();
            ChainVerification full = finished(staff, chain::fullCheck).tenant().outcome();
            assertThat(full.problem()).isEqualTo(ChainVerification.Problem.CONTENT_CHANGED);
            assertThat(full.brokenAtRevision()).isEqualTo(older);
            // The full check moved the checkpoint back before the break: every later check reports it too.
            ChainCheckReport.TenantChain next = finished(staff, chain::check).tenant();
            assertThat(next.outcome().brokenAtRevision()).isEqualTo(older);
            assertThat(next.startedAfter()).isEqualTo(full.checked());
        } finally {
            forgeName(owner, older, "Early Ltd");
        }
        assertThat(finished(staff, chain::check).tenant().outcome().intact()).isTrue();

        // After the checkpoint: the next ordinary check starts there, hashes it and finds it.
        long checkpoint = checkpoints.of(INTL).position();
        long latest = rename(owner, "Latest Ltd");
        forgeName(owner, latest, "Forged Latest Ltd");
        try {
            ChainCheckReport.TenantChain found = finished(staff, chain::check).tenant();
            assertThat(found.outcome().problem()).isEqualTo(ChainVerification.Problem.CONTENT_CHANGED);
            assertThat(found.outcome().brokenAtRevision()).isEqualTo(latest);
            assertThat(found.startedAfter()).isEqualTo(checkpoint);
            assertThat(found.hashed()).isBetween(1L, 5L);
        } finally {
            forgeName(owner, latest, "Latest Ltd");
        }
        assertThat(finished(staff, chain::check).tenant().outcome().intact()).isTrue();
    }

    @Test
    void aRewrittenSealAtTheCheckpointIsReportedAndAFullCheckRepairsTheCheckpoint() {
        SignedInUser staff = newOperator(INTL);
        rename(newOwner(INTL), "Sealed Ltd");
        finished(staff, chain::check);
        ChainCheckpoint.Mark mark = checkpoints.of(INTL);
        sql("UPDATE audit_revision SET chain_hash = ? WHERE id = ?", "f".repeat(64), mark.revision());
        try {
            ChainVerification found = finished(staff, chain::check).tenant().outcome();
            assertThat(found.problem()).isEqualTo(ChainVerification.Problem.REWRITTEN);
        } finally {
            sql("UPDATE audit_revision SET chain_hash = ? WHERE id = ?", mark.hash(), mark.revision());
        }
        assertThat(finished(staff, chain::fullCheck).tenant().outcome().intact()).isTrue();
    }

    @Test
    void anAccountsPeopleSeeOnlyTheirAccountsPartOfTheCheck() {
        SignedInUser staff = newOperator(INTL);
        SignedInUser mine = newOwner(INTL);
        SignedInUser auditor = newMember(mine, Role.AUDITOR);
        SignedInUser theirs = newOwner(INTL);
        rename(mine, "Mine Ltd");
        rename(mine, "Mine Again Ltd");
        finished(staff, chain::check);
        long myRevisions = as(mine, () -> audit.changes(HistoryQuery.all())).stream().map(Change::revision)
                .filter(revision -> revision > 0).distinct().count();

        ChainCheckReport report = finished(auditor, chain::check);
        assertThat(report.tenant()).as("no tenant counts for an account's people").isNull();
        assertThat(report.account().intact()).isTrue();
        assertThat(report.account().changesConfirmed()).isEqualTo(myRevisions);

        // Another account's change is edited: my report says my later changes are unconfirmed, and names nothing of theirs.
        long theirRevision = rename(theirs, "Theirs Ltd");
        forgeName(theirs, theirRevision, "Forged Theirs Ltd");
        try {
            ChainCheckReport.AccountHistory mineSeen = finished(mine, chain::check).account();
            assertThat(mineSeen.laterUnconfirmed()).isTrue();
            assertThat(mineSeen.alteredChange()).isNull();
            assertThat(mineSeen.changesConfirmed()).isEqualTo(myRevisions);
            ChainCheckReport.AccountHistory theirsSeen = finished(theirs, chain::check).account();
            assertThat(theirsSeen.alteredChange()).isEqualTo(theirRevision);
            assertThat(theirsSeen.problem()).isEqualTo(ChainVerification.Problem.CONTENT_CHANGED);
        } finally {
            forgeName(theirs, theirRevision, "Theirs Ltd");
        }
        assertThat(finished(mine, chain::check).account().intact()).isTrue();
        assertThatThrownBy(() -> as(mine, () -> chain.fullCheck())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(auditor, () -> chain.verify())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aBurstOfChecksRunsOneCheckAndOneHeldOnAnotherNodeIsWaitedFor() throws Exception {
        SignedInUser staff = newOperator(INTL);
        SignedInUser owner = newOwner(INTL);
        SignedInUser auditor = newMember(owner, Role.AUDITOR);
        finished(staff, chain::check);
        long runsBefore = checkpoints.checksRun(INTL);
        // Another node is checking this tenant: the check here waits for its lock, and everyone asking meanwhile joins it.
        sql("INSERT INTO shedlock (name, lock_until, locked_at, locked_by) VALUES (?, UTC_TIMESTAMP(3) + INTERVAL 10 MINUTE,"
                + " UTC_TIMESTAMP(3), 'another node') ON DUPLICATE KEY UPDATE lock_until = VALUES(lock_until), locked_by = VALUES(locked_by)",
                ChainChecks.lockOf(INTL));
        var pool = Executors.newFixedThreadPool(8);
        try {
            CyclicBarrier together = new CyclicBarrier(8);
            List<Future<ChainCheckReport>> asks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                SignedInUser who = i % 3 == 0 ? staff : i % 3 == 1 ? owner : auditor;
                asks.add(pool.submit(() -> {
                    together.await();
                    return as(who, () -> chain.check());
                }));
            }
            for (Future<ChainCheckReport> ask : asks) {
                assertThat(ask.get().running()).isTrue();
            }
            Thread.sleep(500);
            assertThat(as(owner, () -> chain.lastCheck()).orElseThrow().running()).isTrue();
        } finally {
            pool.shutdownNow();
            sql("UPDATE shedlock SET lock_until = UTC_TIMESTAMP(3) WHERE name = ?", ChainChecks.lockOf(INTL));
        }
        awaitIdle(staff);
        assertThat(checkpoints.checksRun(INTL) - runsBefore).as("checks run for eight asks").isEqualTo(1);
        assertThat(as(staff, () -> chain.lastCheck()).orElseThrow().tenant().outcome().intact()).isTrue();
    }

    /** Asks for a check and follows it, as the page does, until it is done. */
    private ChainCheckReport finished(SignedInUser who, java.util.function.Supplier<ChainCheckReport> ask) {
        awaitIdle(who);
        as(who, ask);
        return awaitIdle(who);
    }

    private ChainCheckReport awaitIdle(SignedInUser who) {
        long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
        while (System.nanoTime() < deadline) {
            var last = as(who, () -> chain.lastCheck());
            if (last.isEmpty() || !last.get().running()) {
                return last.orElse(null);
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("the check did not finish within two minutes");
    }

    /** Renames the owner's account and seals the change, as the sealing job does within seconds; returns its revision. */
    private long rename(SignedInUser owner, String name) {
        as(owner, () -> accounts.updateProfile(new AccountProfile(name, null, null, null, null, null, null)));
        sealing.sealPending(INTL);
        return as(owner, () -> audit.changes(HistoryQuery.all().ofEntity("Account", owner.accountId()))).stream()
                .filter(c -> "Profile updated".equals(Message.render(c.reason(), Locale.ENGLISH))).findFirst().orElseThrow().revision();
    }

    private void forgeName(SignedInUser owner, long revision, String name) {
        sql("UPDATE billing_account_aud SET enterprise_name = ? WHERE rev = ? AND id = ?", name, revision, owner.accountId());
    }

    /** Connections come with auto-commit off: a statement outside a transaction would never be committed. */
    private void sql(String statement, Object... arguments) {
        transactions.executeWithoutResult(status -> jdbc.update(statement, arguments));
    }
}
