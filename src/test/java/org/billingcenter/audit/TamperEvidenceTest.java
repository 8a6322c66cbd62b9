package org.billingcenter.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.billingcenter.account.AccountProfile;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Someone with write access to the database edits the audit trail behind the application's back;
 * the staff's full check names the first revision that no longer matches its seal (an ordinary
 * check hashes only what was sealed since the last one: see {@link IncrementalChainCheckTest}). Each test puts
 * the row back, so the shared tenant's chain is whole again for the rest of the suite.
 */
class TamperEvidenceTest extends ApplicationTest {

    @Autowired
    AuditService audit;
    @Autowired
    AuditChainService chain;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    AuditChain sealing;

    @Test
    void anEditedAuditRowIsFoundAtItsRevision() {
        SignedInUser owner = newOwner(INTL);
        as(owner, () -> accounts.updateProfile(new AccountProfile("Honest Ltd", null, null, null, null, null, null)));
        ChainVerification before = fullCheck();
        assertThat(before.intact()).isTrue();
        assertThat(before.checked()).isPositive();

        long revision = renameRevision(owner);
        sql("UPDATE billing_account_aud SET enterprise_name = 'Forged Ltd' WHERE rev = ? AND id = ?", revision,
                owner.accountId());
        try {
            ChainVerification after = fullCheck();
            assertThat(after.intact()).isFalse();
            assertThat(after.problem()).isEqualTo(ChainVerification.Problem.CONTENT_CHANGED);
            assertThat(after.brokenAtRevision()).isEqualTo(revision);
        } finally {
            sql("UPDATE billing_account_aud SET enterprise_name = 'Honest Ltd' WHERE rev = ? AND id = ?", revision,
                    owner.accountId());
        }
        assertThat(fullCheck().intact()).isTrue();
    }

    @Test
    void aChangedReasonOrAMissingRowBreaksTheChainToo() {
        SignedInUser owner = newOwner(INTL);
        as(owner, () -> accounts.updateProfile(new AccountProfile("Plain Ltd", null, null, null, null, null, null)));
        long revision = renameRevision(owner);
        assertThat(fullCheck().intact()).isTrue();

        sql("UPDATE audit_revision SET reason = 'Nothing to see' WHERE id = ?", revision);
        try {
            assertThat(fullCheck().brokenAtRevision()).isEqualTo(revision);
        } finally {
            sql("UPDATE audit_revision SET reason = ? WHERE id = ?", Message.of("audit.reason.profileUpdated").stored(), revision);
        }

        var row = jdbc.queryForMap("SELECT * FROM billing_account_aud WHERE rev = ? AND id = ?", revision, owner.accountId());
        sql("DELETE FROM billing_account_aud WHERE rev = ? AND id = ?", revision, owner.accountId());
        try {
            ChainVerification after = fullCheck();
            assertThat(after.brokenAtRevision()).isEqualTo(revision);
            assertThat(after.problem()).isEqualTo(ChainVerification.Problem.CONTENT_CHANGED);
        } finally {
            List<String> columns = List.copyOf(row.keySet());
            sql("INSERT INTO billing_account_aud (" + String.join(", ", columns) + ") VALUES ("
                    + String.join(", ", columns.stream().map(c -> "?").toList()) + ")", row.values().toArray());
        }
        assertThat(fullCheck().intact()).isTrue();
    }

    @Test
    void twoSealersAtOnceNeitherFailsAndTheChainStaysWhole() throws Exception {
        SignedInUser owner = newOwner(INTL);
        var pool = Executors.newFixedThreadPool(3);
        try {
            var writer = pool.submit(() -> {
                for (int i = 0; i < 60; i++) {
                    String name = "Busy Ltd " + i;
                    as(owner, () -> accounts.updateProfile(new AccountProfile(name, null, null, null, null, null, null)));
                }
            });
            List<Future<Integer>> sealers = List.of(pool.submit(() -> sealRepeatedly(writer)),
                    pool.submit(() -> sealRepeatedly(writer)));
            writer.get();
            // get() rethrows a sealer's deadlock; between them they sealed the writer's revisions (the
            // scheduled seal may have taken a few, so not necessarily each of them some).
            assertThat(sealers.get(0).get() + sealers.get(1).get()).isPositive();
        } finally {
            pool.shutdownNow();
        }
        assertThat(fullCheck().intact()).isTrue();
    }

    @Test
    void aLongBacklogSealsIntoAnIntactChain() {
        SignedInUser owner = newOwner(INTL);
        sealing.sealPending(INTL);
        long sealedBefore = fullCheck().checked();
        // More revisions than one sealing statement takes, so the seals are written in several (by this
        // call, or partly by the scheduled seal if it runs meanwhile: the chain must be whole either way).
        for (int i = 0; i < 250; i++) {
            String name = "Backlog Ltd " + i;
            as(owner, () -> accounts.updateProfile(new AccountProfile(name, null, null, null, null, null, null)));
        }
        sealing.sealPending(INTL);
        ChainVerification after = fullCheck();
        assertThat(after.intact()).isTrue();
        assertThat(after.checked() - sealedBefore).isGreaterThanOrEqualTo(250);
    }

    /** The staff's full check from the first revision: it finds an edit wherever it is, also before the last check. */
    private ChainVerification fullCheck() {
        return SystemIdentity.callAsOperator(INTL, () -> chain.verify());
    }

    /** Seals the shared tenant until the writer is done; a deadlock or any other failure comes out of {@code get()}. */
    private int sealRepeatedly(Future<?> writer) {
        int sealed = 0;
        do {
            sealed += sealing.sealPending(INTL);
        } while (!writer.isDone());
        return sealed + sealing.sealPending(INTL);
    }

    /** Connections come with auto-commit off: a statement outside a transaction would never be committed. */
    private void sql(String statement, Object... arguments) {
        transactions.executeWithoutResult(status -> jdbc.update(statement, arguments));
    }

    private long renameRevision(SignedInUser owner) {
        return as(owner, () -> audit.changes(HistoryQuery.all().ofEntity("Account", owner.accountId()))).stream()
                .filter(c -> "Profile updated".equals(Message.render(c.reason(), Locale.ENGLISH))).findFirst().orElseThrow().revision();
    }
}
