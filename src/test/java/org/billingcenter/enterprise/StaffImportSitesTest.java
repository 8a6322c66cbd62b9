package org.billingcenter.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The tenant's staff add and manage a contract's sites, one at a time or by a CSV file taken whole or not at all. */
class StaffImportSitesTest extends ApplicationTest {

    @Autowired
    ContractDesk contracts;
    @Autowired
    SiteDesk desk;

    private SignedInUser staff;
    private long contract;

    @BeforeEach
    void aContract() {
        clock.set(Instant.parse("2030-06-10T15:00:00Z"));
        staff = newOperator(HOSTING);
        long account = accountOf(newOwner(HOSTING)).id();
        contract = as(staff, () -> contracts.open(account, StaffRecordContractsTest.contract("S-" + account, 3), "New customer"));
    }

    @Test
    void aFileWithOneBadRowAddsNothingAndNamesTheRowThenTheCorrectedFileAddsAllFifty() {
        String good = fiftySites("Starter");
        String bad = good.replace("site-17.example,Owner 17,Sales,Starter", "site-17.example,Owner 17,Sales,Platinum");

        SiteImport preview = as(staff, () -> desk.preview(contract, bad));
        SiteImport refused = as(staff, () -> desk.importSites(contract, bad));

        assertThat(preview.sites()).hasSize(49);
        assertThat(refused.added()).isZero();
        assertThat(refused.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.row()).isEqualTo(17);
            assertThat(problem.site()).isEqualTo("site-17.example");
            assertThat(problem.messageKey()).isEqualTo("enterprise.plan.unknown");
            assertThat(problem.argument()).isEqualTo("Platinum");
        });
        assertThat(as(staff, () -> desk.sites(contract))).isEmpty();

        SiteImport accepted = as(staff, () -> desk.importSites(contract, good));
        assertThat(accepted.added()).isEqualTo(50);
        assertThat(as(staff, () -> desk.sites(contract))).hasSize(50).allSatisfy(site -> {
            assertThat(site.plan()).isEqualTo(SitePlan.of("STARTER"));
            assertThat(site.status()).isEqualTo(SiteStatus.ACTIVE);
        });
    }

    @Test
    void everyBadRowIsReportedWithItsReason() {
        String csv = """
                name,owner,department,plan,status,created_on
                ,Ann,Sales,Starter,,
                dup.example,,,Business,,
                dup.example,,,Business,,
                late.example,,,Premium,,2031-01-01
                odd.example,,,Premium,GONE,
                when.example,,,Premium,,yesterday
                """;
        SiteImport refused = as(staff, () -> desk.importSites(contract, csv));

        assertThat(refused.problems()).extracting(SiteImport.Problem::row, SiteImport.Problem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "enterprise.import.nameMissing"),
                org.assertj.core.groups.Tuple.tuple(3, "enterprise.import.repeated"),
                org.assertj.core.groups.Tuple.tuple(4, "enterprise.site.future"),
                org.assertj.core.groups.Tuple.tuple(5, "enterprise.import.status"),
                org.assertj.core.groups.Tuple.tuple(6, "enterprise.import.date"));
        assertThat(as(staff, () -> desk.sites(contract))).isEmpty();
    }

    @Test
    void staffAddASiteWithoutAnOwnerThenChangeItsPlanFreezeDeactivateAndDeleteSites() {
        long first = as(staff, () -> desk.add(new NewSite(contract, "one.example", null, null, SitePlan.of("STARTER"), SiteStatus.ACTIVE,
                LocalDate.parse("2030-06-01"))));
        long second = as(staff, () -> desk.add(new NewSite(contract, "two.example", "Bea", "Sales", SitePlan.of("BUSINESS"),
                SiteStatus.ACTIVE, LocalDate.parse("2030-06-01"))));

        as(staff, () -> desk.changePlan(first, SitePlan.of("PREMIUM")));
        as(staff, () -> desk.freeze(second));
        assertThat(as(staff, () -> desk.sites(contract))).extracting(SiteRecord::name, SiteRecord::owner, SiteRecord::plan,
                SiteRecord::status).containsExactly(
                        org.assertj.core.groups.Tuple.tuple("one.example", null, SitePlan.of("PREMIUM"), SiteStatus.ACTIVE),
                        org.assertj.core.groups.Tuple.tuple("two.example", "Bea", SitePlan.of("BUSINESS"), SiteStatus.FROZEN));

        as(staff, () -> desk.deactivate(first));
        as(staff, () -> desk.delete(second));
        assertThat(as(staff, () -> desk.sites(contract))).extracting(SiteRecord::status, SiteRecord::deleted).containsExactly(
                org.assertj.core.groups.Tuple.tuple(SiteStatus.DEACTIVATED, false),
                org.assertj.core.groups.Tuple.tuple(SiteStatus.DEACTIVATED, true));
        assertThatThrownBy(() -> as(staff, () -> desk.changePlan(first, SitePlan.of("STARTER"))))
                .hasFieldOrPropertyWithValue("messageKey", "enterprise.site.deactivated");
        assertThatThrownBy(() -> as(staff, () -> desk.changePlan(second, SitePlan.of("GOLD"))))
                .hasFieldOrPropertyWithValue("messageKey", "enterprise.plan.unknown");
    }

    @Test
    void anotherTenantsStaffCannotReachTheContractOrItsSites() {
        long site = as(staff, () -> desk.add(new NewSite(contract, "mine.example", null, null, SitePlan.of("STARTER"), SiteStatus.ACTIVE,
                LocalDate.parse("2030-06-01"))));
        SignedInUser otherStaff = newOperator(INTL);

        // The other tenant sells no contracts: its staff's site desk refuses every call.
        assertThatThrownBy(() -> as(otherStaff, () -> desk.importSites(contract, fiftySites("Starter"))))
                .hasFieldOrPropertyWithValue("messageKey", "feature.unavailable");
        assertThatThrownBy(() -> as(otherStaff, () -> desk.delete(site))).hasFieldOrPropertyWithValue("messageKey",
                "feature.unavailable");
        assertThat(as(staff, () -> desk.sites(contract))).singleElement().extracting(SiteRecord::deleted).isEqualTo(false);
    }

    static String fiftySites(String plan) {
        return "name,owner,department,plan\n" + IntStream.rangeClosed(1, 50)
                .mapToObj(i -> "site-" + i + ".example,Owner " + i + ",Sales," + plan).collect(Collectors.joining("\n")) + "\n";
    }
}
