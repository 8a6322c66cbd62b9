package org.billingcenter.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.IntStream;

import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.money.Money;
import org.billingcenter.support.ApplicationTest;
import org.billingcenter.wallet.WalletService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Journal postings in the change history: who posted, why, each entry, and the cash balance it moved. */
class JournalPostingHistoryTest extends ApplicationTest {

    private static final String POSTING = "JournalPosting";

    @Autowired
    AuditService audit;
    @Autowired
    WalletService wallets;

    @Test
    void anAuditorSeesWhoPostedWhatAndHowTheCashBalanceMoved() {
        SignedInUser owner = newOwner(INTL);
        SignedInUser auditor = newMember(owner, Role.AUDITOR);
        SignedInUser operator = newOperator(INTL);
        as(operator, () -> wallets.grantCredit(owner.accountId(), Money.of("40.00", "USD"), "Goodwill for the outage", key()));
        clock.advance(Duration.ofMinutes(5));
        as(operator, () -> wallets.grantCredit(owner.accountId(), Money.of("2.50", "USD"), "Rounding correction", key()));

        List<Change> postings = as(auditor, () -> audit.changes(new HistoryQuery(POSTING, null, null, null, null, null)));

        assertThat(postings).hasSize(2);
        Change latest = postings.getFirst();
        assertThat(latest.actor()).isEqualTo(operator.email());
        assertThat(latest.reason()).isEqualTo("Rounding correction");
        assertThat(latest.kind()).isEqualTo(Revision.ChangeKind.CREATED);
        assertThat(latest.fields()).contains(
                new FieldChange("kind", null, "ADJUSTMENT"),
                new FieldChange("CUSTOMER_CASH", null, "USD 2.50"),
                new FieldChange("ADJUSTMENTS", null, "USD -2.50"),
                new FieldChange("cash balance", "USD 40.00", "USD 42.50"));
        assertThat(postings.get(1).fields()).contains(new FieldChange("cash balance", "USD 0.00", "USD 40.00"));
        assertThat(as(auditor, () -> audit.historyTypes())).contains(POSTING);

        var asOf = as(auditor, () -> audit.stateAsOf(POSTING, latest.entityId(), clock.instant())).orElseThrow();
        assertThat(asOf.fields()).containsEntry("CUSTOMER_CASH", "USD 2.50");
        assertThat(as(auditor, () -> audit.stateAsOf(POSTING, latest.entityId(), latest.at().minusSeconds(1)))).isEmpty();
    }

    @Test
    void postingsOfAnotherAccountOrTenantStayHidden() {
        SignedInUser ownerA = newOwner(INTL);
        SignedInUser auditorA = newMember(ownerA, Role.AUDITOR);
        SignedInUser ownerB = newOwner(INTL);
        SignedInUser ownerCn = newOwner(CN);
        as(newOperator(INTL), () -> wallets.grantCredit(ownerB.accountId(), Money.of("9.00", "USD"), "For B", key()));
        as(newOperator(CN), () -> wallets.grantCredit(ownerCn.accountId(), Money.of("9.00", "CNY"), "For CN", key()));
        List<Change> ofB = as(newOperator(INTL), () -> audit.changes(new HistoryQuery(POSTING, null, null, null, null,
                ownerB.accountId())));
        assertThat(ofB).hasSize(1);
        long postingOfB = ofB.getFirst().entityId();

        assertThat(as(auditorA, () -> audit.changes(HistoryQuery.all()))).extracting(Change::entityType).doesNotContain(POSTING);
        assertThat(as(auditorA, () -> audit.changes(HistoryQuery.all().ofEntity(POSTING, postingOfB)))).isEmpty();
        assertThat(as(auditorA, () -> audit.stateAsOf(POSTING, postingOfB, clock.instant()))).isEmpty();
        // Staff of another tenant see nothing of it, even by its id.
        assertThat(as(newOperator(CN), () -> audit.changes(HistoryQuery.all().ofEntity(POSTING, postingOfB)))).isEmpty();
        assertThat(as(newOperator(CN), () -> audit.changes(new HistoryQuery(POSTING, null, null, null, null, null))))
                .extracting(Change::reason).doesNotContain("For B");
    }

    @Test
    void creditsCommittedTogetherEachNameTheirOwnOperator() throws Exception {
        SignedInUser owner = newOwner(INTL);
        List<SignedInUser> operators = IntStream.range(0, 6).mapToObj(i -> newOperator(INTL)).toList();
        CyclicBarrier together = new CyclicBarrier(operators.size());
        List<CompletableFuture<Void>> credits = operators.stream().map(operator -> CompletableFuture.runAsync(() -> as(operator, () -> {
            try {
                together.await();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            wallets.grantCredit(owner.accountId(), Money.of("1.00", "USD"), "Credit by " + operator.email(), key());
        }))).toList();
        CompletableFuture.allOf(credits.toArray(CompletableFuture[]::new)).get();

        List<Change> postings = as(owner, () -> audit.changes(new HistoryQuery(POSTING, null, null, null, null, null)));
        assertThat(postings).hasSize(operators.size())
                .allSatisfy(posting -> assertThat(posting.reason()).isEqualTo("Credit by " + posting.actor()));
        assertThat(postings).extracting(Change::actor).containsExactlyInAnyOrderElementsOf(
                operators.stream().map(SignedInUser::email).toList());
        // The running balance counts every credit exactly once, whatever batch it was written in.
        assertThat(postings.getFirst().fields()).contains(new FieldChange("cash balance", "USD 5.00", "USD 6.00"));
    }
}
