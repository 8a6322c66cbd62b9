package org.billingcenter.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.billingcenter.account.AccountProfile;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.money.Money;
import org.billingcenter.support.ApplicationTest;
import org.billingcenter.wallet.Lot;
import org.billingcenter.wallet.VoucherService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The history as an auditor reads it: labels instead of property names, names beside ids, values
 * as the screens show them, in English and Chinese; and names of another account's or tenant's
 * records never leak into it.
 */
class ReadableHistoryTest extends ApplicationTest {

    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    @Autowired
    AuditService audit;
    @Autowired
    VoucherService vouchers;
    @Autowired
    ReferenceNames references;
    @Autowired
    HistoryReader history;

    @Test
    void anAuditorReadsLabelsNamesAndFormattedValuesInEitherLanguage() {
        SignedInUser owner = newOwner(INTL);
        as(owner, () -> accounts.updateProfile(new AccountProfile("Acme Ltd", null, null, null, null, null, null)));
        SignedInUser auditor = newMember(owner, Role.AUDITOR);
        Lot lot = redeemNewCode(owner, "25", "USD");
        Instant redeemed = clock.instant();

        List<ChangeEntry> english = as(auditor, () -> audit.entries(HistoryQuery.all(), Locale.ENGLISH, 0, 500));
        ChangeEntry code = only(english, "VoucherCode");
        assertThat(code.recordType()).isEqualTo("Voucher code");
        assertThat(code.kindLabel()).isEqualTo("Changed");
        assertThat(field(code, "status")).isEqualTo(new ChangeEntry.Field("status", "Status", "Available", "Redeemed"));
        assertThat(field(code, "redeemedAccountId").label()).isEqualTo("Redeemed by account");
        assertThat(field(code, "redeemedAccountId").after()).isEqualTo("Acme Ltd (#" + owner.accountId() + ")");
        assertThat(field(code, "redeemedAt").after()).isEqualTo(
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH).withZone(LOS_ANGELES).format(redeemed));
        assertThat(code.summary()).contains("Status: Available → Redeemed", "Redeemed by account: — → Acme Ltd (#");

        ChangeEntry funding = english.stream().filter(e -> e.entityType().equals("FundingLot") && e.entityId() == lot.id())
                .findFirst().orElseThrow();
        assertThat(field(funding, "faceValue").after()).isEqualTo("$25.00");
        assertThat(field(funding, "accountId").after()).isEqualTo("Acme Ltd (#" + owner.accountId() + ")");
        assertThat(field(funding, "kind").after()).isEqualTo("Ordinary voucher");

        ChangeEntry account = english.stream().filter(e -> e.entityType().equals("Account") && !e.fields().isEmpty())
                .filter(e -> e.fields().stream().anyMatch(f -> f.name().equals("enterpriseName"))).findFirst().orElseThrow();
        assertThat(account.recordName()).isEqualTo("Acme Ltd (#" + owner.accountId() + ")");
        assertThat(field(account, "enterpriseName").label()).isEqualTo("Company name");

        ChangeEntry membership = english.stream().filter(e -> e.entityType().equals("Membership"))
                .filter(e -> String.valueOf(auditor.userId()).equals(e.state().get("userId"))).findFirst().orElseThrow();
        assertThat(field(membership, "userId").after()).isEqualTo(auditor.displayName() + " (#" + auditor.userId() + ")");
        assertThat(field(membership, "role").after()).isEqualTo("Auditor");

        // No property name, enum name or bare id is shown to a person.
        for (ChangeEntry entry : english) {
            assertThat(entry.recordType()).doesNotStartWith("history.").doesNotContain("!en");
            for (ChangeEntry.Field f : entry.fields()) {
                assertThat(f.label()).as(entry.entityType() + "." + f.name()).doesNotMatch(".*[a-z][A-Z].*").doesNotContain(".");
                assertThat(List.of(String.valueOf(f.before()), String.valueOf(f.after())))
                        .noneMatch(v -> Set.of("AVAILABLE", "REDEEMED", "ORDINARY_VOUCHER", "AUDITOR", "OWNER", "true", "false").contains(v));
            }
        }

        List<ChangeEntry> chinese = as(auditor, () -> audit.entries(new HistoryQuery("VoucherCode", null, null, null, null, null), ZH, 0, 50));
        ChangeEntry code2 = chinese.getFirst();
        assertThat(code2.recordType()).isEqualTo("代金券兑换码");
        assertThat(code2.kindLabel()).isEqualTo("修改");
        assertThat(field(code2, "status")).isEqualTo(new ChangeEntry.Field("status", "状态", "可兑换", "已兑换"));
        assertThat(field(code2, "redeemedAccountId").label()).isEqualTo("兑换账户");
        assertThat(field(code2, "redeemedAt").after()).isEqualTo(
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(ZH).withZone(LOS_ANGELES).format(redeemed));
    }

    @Test
    void anAuditorNeverReadsAnotherAccountsOrTenantsRecordsOrTheirNames() {
        SignedInUser ownerA = newOwner(INTL);
        SignedInUser auditorA = newMember(ownerA, Role.AUDITOR);
        SignedInUser ownerB = newOwner(INTL);
        as(ownerB, () -> accounts.updateProfile(new AccountProfile("Secret B Corp", null, null, null, null, null, null)));
        SignedInUser ownerCn = newOwner(CN);
        redeemNewCode(ownerA, "25", "USD");
        Lot lotB = redeemNewCode(ownerB, "30", "USD");
        Lot lotCn = redeemNewCode(ownerCn, "100", "CNY");

        // Asking for account B, or for B's or another tenant's record, as A's auditor.
        List<ChangeEntry> asIfStaff = as(auditorA, () -> audit.entries(new HistoryQuery(null, null, null, null, null,
                ownerB.accountId()), Locale.ENGLISH, 0, 1000));
        assertThat(asIfStaff).isNotEmpty().allSatisfy(entry -> assertThat(entry.summary() + entry.recordName())
                .doesNotContain("Secret B Corp", ownerB.email()));
        assertThat(asIfStaff).filteredOn(e -> e.entityType().equals("Account")).extracting(ChangeEntry::entityId)
                .containsOnly(ownerA.accountId());
        assertThat(as(auditorA, () -> audit.entries(HistoryQuery.all().ofEntity("FundingLot", lotB.id()), Locale.ENGLISH, 0, 10)))
                .isEmpty();
        assertThat(as(auditorA, () -> audit.entries(HistoryQuery.all().ofEntity("FundingLot", lotCn.id()), Locale.ENGLISH, 0, 10)))
                .isEmpty();
        assertThat(as(auditorA, () -> audit.count(HistoryQuery.all().ofEntity("Account", ownerB.accountId())))).isZero();

        // Names are read within the reader's account and tenant: B's account stays a bare number.
        AuditedType accountType = history.allTypes().stream().filter(t -> t.name().equals("Account")).findFirst().orElseThrow();
        Map<Long, String> seenByA = as(auditorA, () -> references.names(HistoryScope.ofCaller(null), accountType,
                List.of(ownerA.accountId(), ownerB.accountId(), ownerCn.accountId())));
        assertThat(seenByA).containsOnlyKeys(ownerA.accountId());
        Map<Long, String> seenByStaff = as(newOperator(INTL), () -> references.names(HistoryScope.ofCaller(null), accountType,
                List.of(ownerA.accountId(), ownerB.accountId(), ownerCn.accountId())));
        assertThat(seenByStaff).containsOnlyKeys(ownerA.accountId(), ownerB.accountId()).containsEntry(ownerB.accountId(), "Secret B Corp");
    }

    @Test
    void anOperatorFiltersByAccountAndReadsNamesAndPages() {
        SignedInUser ownerA = newOwner(INTL);
        SignedInUser ownerB = newOwner(INTL);
        Lot lotA = redeemNewCode(ownerA, "25", "USD");
        redeemNewCode(ownerB, "30", "USD");
        SignedInUser operator = newOperator(INTL);

        HistoryQuery onlyA = new HistoryQuery(null, null, null, null, null, ownerA.accountId());
        int total = as(operator, () -> audit.count(onlyA));
        List<ChangeEntry> all = as(operator, () -> audit.entries(onlyA, Locale.ENGLISH, 0, total));
        assertThat(all).hasSize(total).anyMatch(e -> e.entityType().equals("FundingLot") && e.entityId() == lotA.id())
                .filteredOn(e -> e.entityType().equals("FundingLot")).allSatisfy(e -> assertThat(e.entityId()).isEqualTo(lotA.id()));
        List<ChangeEntry> secondPage = as(operator, () -> audit.entries(onlyA, Locale.ENGLISH, 2, 2));
        assertThat(secondPage).extracting(ChangeEntry::revision, ChangeEntry::entityType, ChangeEntry::entityId)
                .isEqualTo(all.subList(2, Math.min(4, all.size())).stream()
                        .map(e -> org.assertj.core.groups.Tuple.tuple(e.revision(), e.entityType(), e.entityId())).toList());
    }

    @Test
    void valuesReadAsTheScreensShowThem() {
        ValueFormat english = new ValueFormat(Locale.ENGLISH, LOS_ANGELES);
        assertThat(english.format(Boolean.class, "true", Map.of())).isEqualTo("Yes");
        assertThat(english.format(boolean.class, "false", Map.of())).isEqualTo("No");
        assertThat(new ValueFormat(ZH, LOS_ANGELES).format(boolean.class, "true", Map.of())).isEqualTo("是");
        assertThat(english.format(BigDecimal.class, "1234.5", Map.of("currency", "USD"))).isEqualTo("$1,234.50");
        assertThat(english.format(null, "USD 12.3", Map.of())).isEqualTo("$12.30");
        assertThat(english.format(Money.class, "CNY 8", Map.of())).isEqualTo("CN¥8.00");
        assertThat(english.format(LocalDate.class, "2026-11-30", Map.of())).isEqualTo("Nov 30, 2026");
        assertThat(english.format(null, "2026-11-30", Map.of())).isEqualTo("Nov 30, 2026");
        assertThat(english.format(Instant.class, "2026-11-15T04:00:00Z", Map.of())).isEqualTo(
                DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(Locale.ENGLISH).withZone(LOS_ANGELES)
                        .format(Instant.parse("2026-11-15T04:00:00Z")));
        assertThat(english.format(Role.class, "FINANCE", Map.of())).isEqualTo("Finance");
        assertThat(ChangeEntries.label(Locale.ENGLISH, "JournalPosting", "CUSTOMER_LOT #7")).isEqualTo("Voucher or card #7");
        assertThat(ChangeEntries.label(ZH, "Bill", "voucher paid")).isEqualTo("代金券支付");
    }

    private static ChangeEntry only(List<ChangeEntry> entries, String type) {
        List<ChangeEntry> of = entries.stream().filter(e -> e.entityType().equals(type)).toList();
        assertThat(of).hasSize(1);
        return of.getFirst();
    }

    private static ChangeEntry.Field field(ChangeEntry entry, String name) {
        return entry.fields().stream().filter(f -> f.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in " + entry.fields()));
    }

    private Lot redeemNewCode(SignedInUser owner, String value, String currency) {
        String code = as(newOperator(owner.tenantId()), () -> vouchers.createCodes(1, Money.of(value, currency), 30,
                clock.instant().plus(Duration.ofDays(10)))).getFirst().code();
        clock.advance(Duration.ofMinutes(1));
        return as(owner, () -> vouchers.redeem(code, key()));
    }
}
