package org.billingcenter.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import org.billingcenter.account.AccountProfile;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.money.Money;
import org.billingcenter.support.ApplicationTest;
import org.billingcenter.wallet.Lot;
import org.billingcenter.wallet.VoucherService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** History reads stay in the reader's tenant and, for an account's people, in their account. */
class HistoryIsolationTest extends ApplicationTest {

    @Autowired
    AuditService audit;
    @Autowired
    VoucherService vouchers;

    @Test
    void anAccountsAuditorNeverReadsAnotherAccountsOrTenantsRevisions() {
        SignedInUser ownerA = newOwner(INTL);
        SignedInUser auditorA = newMember(ownerA, Role.AUDITOR);
        SignedInUser ownerB = newOwner(INTL);
        SignedInUser ownerCn = newOwner(CN);
        Lot lotA = redeemNewCode(ownerA, "25", "USD");
        Lot lotB = redeemNewCode(ownerB, "30", "USD");
        Lot lotCn = redeemNewCode(ownerCn, "100", "CNY");
        rename(ownerB, "B renamed");

        List<Change> seen = as(auditorA, () -> audit.changes(HistoryQuery.all()));
        assertThat(seen).isNotEmpty();
        assertThat(seen).extracting(Change::entityType).contains("Account", "Membership", "FundingLot", "VoucherCode");
        assertThat(seen).filteredOn(c -> c.entityType().equals("FundingLot")).extracting(Change::entityId)
                .containsOnly(lotA.id());
        assertThat(seen).filteredOn(c -> c.entityType().equals("Account")).extracting(Change::entityId)
                .containsOnly(ownerA.accountId());
        assertThat(seen).extracting(Change::actor).doesNotContain(ownerB.email(), ownerCn.email());
        assertThat(seen).noneMatch(c -> c.fields().stream().anyMatch(f -> "B renamed".equals(f.after())));
        // Users may move between accounts: their own records are the tenant staff's to read.
        assertThat(seen).extracting(Change::entityType).doesNotContain("User");

        assertThat(as(auditorA, () -> audit.changes(HistoryQuery.all().ofEntity("FundingLot", lotB.id())))).isEmpty();
        assertThat(as(auditorA, () -> audit.changes(HistoryQuery.all().ofEntity("FundingLot", lotCn.id())))).isEmpty();
        assertThat(as(auditorA, () -> audit.stateAsOf("FundingLot", lotB.id(), clock.instant()))).isEmpty();
        assertThat(as(auditorA, () -> audit.stateAsOf("Account", ownerB.accountId(), clock.instant()))).isEmpty();
        // Asking as if one were staff changes nothing: an account's people always read their own account.
        assertThat(as(auditorA, () -> audit.changes(new HistoryQuery(null, null, null, null, null, ownerB.accountId()))))
                .isEqualTo(seen);
    }

    @Test
    void operatorsReadTheirWholeTenantButNoOtherTenant() {
        SignedInUser ownerA = newOwner(INTL);
        SignedInUser ownerCn = newOwner(CN);
        Lot lotA = redeemNewCode(ownerA, "25", "USD");
        Lot lotCn = redeemNewCode(ownerCn, "100", "CNY");
        SignedInUser operator = newOperator(INTL);

        List<Change> oneAccount = as(operator, () -> audit.changes(new HistoryQuery("FundingLot", null, null, null, null,
                ownerA.accountId())));
        assertThat(oneAccount).extracting(Change::entityId).containsExactly(lotA.id());
        List<Change> tenant = as(operator, () -> audit.changes(new HistoryQuery("FundingLot", null, null, null, null, null)));
        assertThat(tenant).extracting(Change::entityId).contains(lotA.id()).doesNotContain(lotCn.id());
        assertThat(as(operator, () -> audit.changes(HistoryQuery.all().ofEntity("FundingLot", lotCn.id())))).isEmpty();
        assertThat(as(operator, () -> audit.historyTypes())).contains("User");
    }

    @Test
    void asOfShowsTheStateInForceAtTheMoment() {
        SignedInUser owner = newOwner(INTL);
        rename(owner, "First name Ltd");
        var between = clock.instant().plusSeconds(30);
        clock.advance(Duration.ofMinutes(1));
        rename(owner, "Second name Ltd");

        var before = as(owner, () -> audit.stateAsOf("Account", owner.accountId(), between)).orElseThrow();
        var now = as(owner, () -> audit.stateAsOf("Account", owner.accountId(), clock.instant())).orElseThrow();
        assertThat(before.fields()).containsEntry("enterpriseName", "First name Ltd");
        assertThat(now.fields()).containsEntry("enterpriseName", "Second name Ltd");
        assertThat(as(owner, () -> audit.stateAsOf("Account", owner.accountId(), START.minusSeconds(3600)))).isEmpty();

        List<Change> renames = as(owner, () -> audit.changes(HistoryQuery.all().ofEntity("Account", owner.accountId())));
        assertThat(renames.getFirst().fields()).contains(new FieldChange("enterpriseName", "First name Ltd", "Second name Ltd"));
        assertThat(Message.render(renames.getFirst().reason(), Locale.ENGLISH)).isEqualTo("Profile updated");
        assertThat(renames.getFirst().actor()).isEqualTo(owner.email());
    }

    /** The reason the server gave is said in the reader's language; the reasons people typed, as they typed them. */
    @Test
    void theServersReasonsAreReadInTheReadersLanguage() {
        SignedInUser owner = newOwner(INTL);
        rename(owner, "Reasoned Ltd");
        HistoryQuery renames = HistoryQuery.all().ofEntity("Account", owner.accountId());

        assertThat(as(owner, () -> audit.entries(renames, Locale.SIMPLIFIED_CHINESE, 0, 10)))
                .extracting(ChangeEntry::reason).contains("资料已更新").doesNotContain("Profile updated");
        assertThat(as(owner, () -> audit.entries(renames, Locale.ENGLISH, 0, 10)))
                .extracting(ChangeEntry::reason).contains("Profile updated");
    }

    @Test
    void filtersByActorAndDateRange() {
        SignedInUser owner = newOwner(INTL);
        SignedInUser admin = newMember(owner, Role.ADMINISTRATOR);
        clock.advance(Duration.ofDays(2));
        rename(admin, "Renamed by the admin");

        List<Change> byAdmin = as(owner, () -> audit.changes(new HistoryQuery(null, null, admin.email().substring(0, 12), null,
                null, null)));
        assertThat(byAdmin).isNotEmpty().allMatch(c -> c.actor().equals(admin.email()));
        List<Change> lastDay = as(owner, () -> audit.changes(new HistoryQuery(null, null, null, clock.instant().minusSeconds(60),
                null, null)));
        assertThat(lastDay).hasSize(1);
        assertThat(lastDay.getFirst().fields()).extracting(FieldChange::after).contains("Renamed by the admin");
    }

    private Lot redeemNewCode(SignedInUser owner, String value, String currency) {
        String code = as(newOperator(owner.tenantId()), () -> vouchers.createCodes(1, Money.of(value, currency), 30,
                clock.instant().plus(Duration.ofDays(10)))).getFirst().code();
        return as(owner, () -> vouchers.redeem(code, key()));
    }

    private void rename(SignedInUser manager, String name) {
        as(manager, () -> accounts.updateProfile(new AccountProfile(name, null, null, null, null, null, null)));
    }
}
