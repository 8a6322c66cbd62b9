package org.billingcenter.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.billingcenter.shared.identity.SystemIdentity;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The report's four tables on the crafted portfolio of {@link EnterprisePortfolioFixture}. */
class PortfolioCategoryRulesTest extends EnterprisePortfolioFixture {

    long november;
    long august;

    @BeforeEach
    void portfolio() {
        buildPortfolio();
        List<InvoiceSummary> list = invoiceList();
        assertThat(list).extracting(InvoiceSummary::invoiceDate).extracting(Object::toString).containsExactly("2026-11-01", "2026-08-01");
        november = list.get(0).id();
        august = list.get(1).id();
    }

    @Test
    void anAutomaticUpgradeOfAnExistingSiteIsListedButADowngradeOrAnUndoneUpgradeIsNot() {
        assertThat(names(november, PortfolioTable.UPGRADED)).containsExactly("alpha.example");
        PortfolioRow alpha = rows(november, PortfolioTable.UPGRADED, PortfolioFilter.none()).getFirst();
        assertThat(alpha.previousPlan()).isEqualTo(SitePlan.of("STARTER"));
        assertThat(alpha.currentPlan()).isEqualTo(SitePlan.of("BUSINESS"));
        PortfolioRow bravo = rows(november, PortfolioTable.ACTIVE, new PortfolioFilter(null, null, null, "bravo")).getFirst();
        assertThat(bravo.previousPlan()).isEqualTo(SitePlan.of("BUSINESS"));
        assertThat(bravo.currentPlan()).isEqualTo(SitePlan.of("STARTER"));
    }

    @Test
    void onlyTheNewestNewSitesBeyondTheAllotmentExceedTheContract() {
        // Starter at 11-01: bravo, charlie, foxtrot, golf = 4 of 3 allotted; golf is the newest new one.
        assertThat(names(november, PortfolioTable.NEW_OVER_CONTRACT)).containsExactly("golf.example");
    }

    @Test
    void allActiveSitesListTheSitesDeletedSinceTheLastInvoiceThatWereActiveThenButNotDeactivatedFrozenOrSandboxSites() {
        assertThat(names(november, PortfolioTable.ACTIVE))
                .containsExactly("alpha.example", "bravo.example", "charlie.example", "echo.example", "foxtrot.example", "golf.example");
        assertThat(names(november, PortfolioTable.ACTIVE, new PortfolioFilter(null, null, null, null, null, false)))
                .as("deleted on 10-10, active on 08-01").containsExactly("echo.example");
        assertThat(as(admin, () -> report.count(november, PortfolioTable.ACTIVE, PortfolioFilter.none()))).isEqualTo(6);
        assertThat(as(admin, () -> report.sitesByPlan(november))).as("the invoice bills only the sites active at its date")
                .extracting(PlanCount::sites).containsExactly(4L, 1L);
        assertThat(names(august, PortfolioTable.ACTIVE))
                .containsExactly("alpha.example", "bravo.example", "charlie.example", "echo.example", "india.example");
    }

    @Test
    void theInvoiceDateColumnsFilterOnWhetherASiteExistedAtThePreviousDateAndIsActiveAtThisOne() {
        assertThat(names(november, PortfolioTable.ACTIVE, new PortfolioFilter(null, null, null, null, false, null)))
                .as("new since 08-01").containsExactly("foxtrot.example", "golf.example");
        assertThat(names(november, PortfolioTable.ACTIVE, new PortfolioFilter(null, null, null, null, true, true)))
                .containsExactly("alpha.example", "bravo.example", "charlie.example");
        assertThat(names(november, PortfolioTable.DEACTIVATED, new PortfolioFilter(null, null, null, null, false, null)))
                .containsExactly("delta.example");
        assertThat(as(admin, () -> report.count(november, PortfolioTable.ACTIVE, new PortfolioFilter(null, null, null, null, true, null))))
                .isEqualTo(4);
        PortfolioRow echo = rows(november, PortfolioTable.ACTIVE, new PortfolioFilter(null, null, null, "ech", true, false)).getFirst();
        assertThat(as(admin, () -> report.page(november, PortfolioTable.ACTIVE, new PortfolioFilter(null, null, null, null, true, null),
                PortfolioPageRequest.after(echo, 10)))).as("keyset pages keep the filter").extracting(PortfolioRow::siteName).isEmpty();
        assertThat(as(admin, () -> report.page(november, PortfolioTable.ACTIVE, new PortfolioFilter(null, null, null, null, true, null),
                PortfolioPageRequest.last(2)))).extracting(PortfolioRow::siteName).containsExactly("charlie.example", "echo.example");
    }

    @Test
    void aSiteCreatedAndDeactivatedInOnePeriodAndADeletedSiteAreDeactivatedThenGone() {
        assertThat(names(november, PortfolioTable.DEACTIVATED)).containsExactly("delta.example", "echo.example");
        PortfolioRow delta = rows(november, PortfolioTable.DEACTIVATED, PortfolioFilter.none()).getFirst();
        assertThat(delta.previousPlan()).as("it did not exist at the previous invoice").isNull();
        assertThat(names(august, PortfolioTable.DEACTIVATED)).isEmpty();

        on("2027-02-02", () -> SystemIdentity.runAsOperator(HOSTING, () -> invoices.issueDueInvoices(accountId)));
        long february = invoiceList().getFirst().id();
        assertThat(names(february, PortfolioTable.DEACTIVATED)).isEmpty();
        assertThat(names(february, PortfolioTable.ACTIVE)).doesNotContain("delta.example", "echo.example").hasSize(5);
        assertThat(names(february, PortfolioTable.UPGRADED)).isEmpty();
    }

    @Test
    void filtersByOwnerPlansAndNameAndCountsMatchTheRows() {
        assertThat(names(november, PortfolioTable.ACTIVE, new PortfolioFilter("Ann Owner", null, null, null)))
                .containsExactly("alpha.example", "bravo.example");
        assertThat(names(november, PortfolioTable.ACTIVE, new PortfolioFilter(null, SitePlan.of("STARTER"), null, null)))
                .containsExactly("alpha.example", "charlie.example");
        assertThat(names(november, PortfolioTable.ACTIVE, new PortfolioFilter(null, null, SitePlan.of("STARTER"), "O")))
                .containsExactly("bravo.example", "foxtrot.example", "golf.example");
        assertThat(as(admin, () -> report.count(november, PortfolioTable.ACTIVE, new PortfolioFilter(null, null, SitePlan.of("STARTER"), null))))
                .isEqualTo(4);
        assertThat(names(november, PortfolioTable.ACTIVE, new PortfolioFilter(null, null, null, "%"))).isEmpty();
        assertThat(as(admin, () -> report.owners(november))).containsExactly("Ann Owner", "Ben Owner", "Cat Owner");
        assertThat(as(admin, () -> report.rows(november, PortfolioTable.ACTIVE, PortfolioFilter.none(), 2, 2)))
                .extracting(PortfolioRow::siteName).containsExactly("charlie.example", "echo.example");
    }

    @Test
    void chartsCountActiveSitesPerPlanAndOverTime() {
        assertThat(as(admin, () -> report.sitesByPlan(november)))
                .containsExactly(new PlanCount(SitePlan.of("STARTER"), 4), new PlanCount(SitePlan.of("BUSINESS"), 1));
        assertThat(as(admin, () -> report.activeSitesOverTime(november))).extracting(ActiveSitesPoint::activeSites).containsExactly(5L, 5L);
    }

    @Test
    void theInvoicePricesAllottedSitesOverageAndThePlatformFee() {
        InvoiceDetail invoice = as(admin, () -> invoices.invoice(november));
        assertThat(invoice.summary().total().amount()).isEqualByComparingTo("1260.00");
        assertThat(invoice.overage().amount()).isEqualByComparingTo("105.00");
        assertThat(invoice.lines()).extracting(InvoiceLine::kind).contains(InvoiceLineKind.PLAN, InvoiceLineKind.OVERAGE,
                InvoiceLineKind.PLATFORM_FEE);
    }

    private List<String> names(long invoice, PortfolioTable table) {
        return names(invoice, table, PortfolioFilter.none());
    }

    private List<String> names(long invoice, PortfolioTable table, PortfolioFilter filter) {
        return rows(invoice, table, filter).stream().map(PortfolioRow::siteName).toList();
    }

    private List<PortfolioRow> rows(long invoice, PortfolioTable table, PortfolioFilter filter) {
        return as(admin, () -> report.rows(invoice, table, filter, 0, 100));
    }
}
