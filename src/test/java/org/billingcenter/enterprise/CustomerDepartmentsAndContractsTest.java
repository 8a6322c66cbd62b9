package org.billingcenter.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * The customer's side of a contract: the Administrator reads each contract's allotments against
 * today's sites, files sites under departments one or many at once, saves named chargeback rules
 * and downloads the whole Site Portfolio Report. Another account's sites, rules and invoices are
 * "not found"; the account's other roles are turned away by the services themselves.
 */
class CustomerDepartmentsAndContractsTest extends ApplicationTest {

    @Autowired
    ContractDesk contracts;
    @Autowired
    SiteDesk sites;
    @Autowired
    ContractInvoiceService invoicing;
    @Autowired
    AccountContracts accountContracts;
    @Autowired
    DepartmentTags departments;
    @Autowired
    ChargebackRules rules;
    @Autowired
    ChargebackService chargebacks;
    @Autowired
    SitePortfolioReportService report;

    private SignedInUser staff;
    private SignedInUser owner;
    private SignedInUser administrator;
    private SignedInUser strangerAdministrator;
    private long account;
    private long contract;
    private long alpha;
    private long bravo;
    private long charlie;
    private long strangersSite;

    @BeforeEach
    void aContractWithThreeSites() {
        clock.set(Instant.parse("2030-03-01T15:00:00Z"));
        staff = newOperator(HOSTING);
        owner = newOwner(HOSTING);
        administrator = newMember(owner, Role.ADMINISTRATOR);
        account = accountOf(owner).id();
        contract = as(staff, () -> contracts.open(account, StaffRecordContractsTest.contract("DEP-" + account, 1), "New customer"));
        alpha = site(contract, "alpha.example", SitePlan.of("STARTER"));
        bravo = site(contract, "bravo.example", SitePlan.of("STARTER"));
        charlie = site(contract, "charlie.example", SitePlan.of("STARTER"));
        site(contract, "delta.example", SitePlan.of("PREMIUM"));
        as(staff, () -> sites.freeze(charlie));

        SignedInUser strangerOwner = newOwner(HOSTING);
        strangerAdministrator = newMember(strangerOwner, Role.ADMINISTRATOR);
        long strangerAccount = accountOf(strangerOwner).id();
        long strangerContract = as(staff, () -> contracts.open(strangerAccount,
                StaffRecordContractsTest.contract("DEP-" + strangerAccount, 1), "New customer"));
        strangersSite = site(strangerContract, "stranger.example", SitePlan.of("STARTER"));
    }

    @Test
    void theContractsPageShowsEachAllotmentAgainstTodaysSites() {
        ContractUsage usage = as(administrator, () -> accountContracts.contracts()).getFirst();
        assertThat(usage.contract().number()).isEqualTo("DEP-" + account);
        assertThat(usage.contract().invoicingMonths()).isEqualTo(1);
        assertThat(usage.allotments()).extracting(a -> a.plan().code(), AllotmentUsage::included, AllotmentUsage::inUse)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("STARTER", 2, 2L), org.assertj.core.groups.Tuple.tuple("BUSINESS", 2, 0L),
                        org.assertj.core.groups.Tuple.tuple("PREMIUM", 2, 1L), org.assertj.core.groups.Tuple.tuple("ENTERPRISE", 2, 0L));
        assertThat(as(strangerAdministrator, () -> accountContracts.contracts())).extracting(c -> c.contract().number())
                .doesNotContain("DEP-" + account);
        assertThatThrownBy(() -> as(owner, () -> accountContracts.contracts())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void manySitesAreTaggedAtOnceAndRetagged() {
        assertThat(as(administrator, () -> departments.tag(List.of(alpha, bravo), "  Marketing "))).isEqualTo(2);
        as(administrator, () -> departments.tag(List.of(bravo), "Sales"));

        assertThat(as(administrator, () -> departments.sites("", 0, 50))).extracting(DepartmentSite::name, DepartmentSite::department)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("alpha.example", "Marketing"),
                        org.assertj.core.groups.Tuple.tuple("bravo.example", "Sales"),
                        org.assertj.core.groups.Tuple.tuple("charlie.example", null),
                        org.assertj.core.groups.Tuple.tuple("delta.example", null));
        assertThat(as(administrator, () -> departments.count("BRAVO"))).isEqualTo(1);
        as(administrator, () -> departments.tag(List.of(alpha), " "));
        assertThat(as(administrator, () -> departments.sites("alpha", 0, 10))).singleElement().extracting(DepartmentSite::department)
                .isNull();
        assertThat(as(administrator, () -> chargebacks.departments())).containsExactly("Sales", ChargebackService.UNTAGGED);
    }

    @Test
    void anotherAccountsSiteIsNotFoundAndNothingIsTagged() {
        assertThatThrownBy(() -> as(administrator, () -> departments.tag(List.of(alpha, strangersSite), "Marketing")))
                .hasFieldOrPropertyWithValue("messageKey", "enterprise.site.notFound");
        assertThat(as(administrator, () -> departments.sites("alpha", 0, 10))).singleElement().extracting(DepartmentSite::department)
                .isNull();
        assertThat(as(strangerAdministrator, () -> departments.sites("", 0, 10))).extracting(DepartmentSite::name)
                .containsExactly("stranger.example");
        assertThatThrownBy(() -> as(owner, () -> departments.tag(List.of(alpha), "Marketing"))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSavedRuleIsReusedAndReplacedByNameAndStaysTheAccountsOwn() {
        SharedCostRule split = SharedCostRule.fixed(Map.of("Marketing", new BigDecimal("60"), ChargebackService.UNTAGGED,
                new BigDecimal("40")));
        long id = as(administrator, () -> rules.save("Quarterly split", split));
        assertThat(as(administrator, () -> rules.rules())).singleElement().satisfies(saved -> {
            assertThat(saved.name()).isEqualTo("Quarterly split");
            assertThat(saved.rule().basis()).isEqualTo(SharedCostRule.Basis.FIXED_PERCENTAGES);
            assertThat(saved.rule().percentages()).containsOnlyKeys("Marketing", ChargebackService.UNTAGGED);
        });
        assertThat(as(administrator, () -> rules.save("Quarterly split", SharedCostRule.byTraffic()))).isEqualTo(id);
        assertThat(as(administrator, () -> rules.rules())).singleElement().extracting(r -> r.rule().basis())
                .isEqualTo(SharedCostRule.Basis.TRAFFIC);

        assertThatThrownBy(() -> as(administrator, () -> rules.save("Bad", SharedCostRule.fixed(Map.of("Marketing", BigDecimal.TEN)))))
                .hasFieldOrPropertyWithValue("messageKey", "enterprise.chargeback.notHundred");
        assertThatThrownBy(() -> as(administrator, () -> rules.save(" ", SharedCostRule.bySiteCount())))
                .hasFieldOrPropertyWithValue("messageKey", "enterprise.rules.badName");
        assertThat(as(strangerAdministrator, () -> rules.rules())).isEmpty();
        assertThatThrownBy(() -> as(strangerAdministrator, () -> rules.delete(id)))
                .hasFieldOrPropertyWithValue("messageKey", "enterprise.rules.notFound");
        as(administrator, () -> rules.delete(id));
        assertThat(as(administrator, () -> rules.rules())).isEmpty();
    }

    @Test
    void theWholeReportDownloadsAsOneFileForTheAccountOnly() {
        as(administrator, () -> departments.tag(List.of(alpha), "Marketing"));
        clock.set(Instant.parse("2030-04-01T15:00:00Z"));
        as(staff, () -> invoicing.issueDueInvoices(account));
        long invoice = as(administrator, () -> invoicing.invoices(new InvoiceQuery(null, null))).getFirst().id();

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        long rows = as(administrator, () -> report.exportCsv(invoice, PortfolioCsvWords.english(), out));
        String csv = out.toString(StandardCharsets.UTF_8);
        assertThat(rows).isEqualTo(3);
        assertThat(csv).contains("All active sites,alpha.example,Not determined,,Starter,2030-03-01,2030-04-01",
                "All active sites,delta.example,Not determined,,Premium,2030-03-01,2030-04-01").doesNotContain("charlie.example");
        assertThatThrownBy(() -> as(strangerAdministrator, () -> report.exportCsv(invoice, PortfolioCsvWords.english(),
                new ByteArrayOutputStream()))).hasFieldOrPropertyWithValue("messageKey", "enterprise.invoice.notFound");
    }

    private long site(long contractId, String name, SitePlan plan) {
        return as(staff, () -> sites.add(new NewSite(contractId, name, null, null, plan, SiteStatus.ACTIVE, LocalDate.parse("2030-03-01"))));
    }
}
