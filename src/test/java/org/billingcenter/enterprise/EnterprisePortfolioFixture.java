package org.billingcenter.enterprise;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.support.UiTest;
import org.billingcenter.support.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A small crafted portfolio of one enterprise account, built day by day with the clock so every
 * rule of the report has a case. Contract from 2026-05-01, quarterly: invoices on 2026-08-01 and
 * 2026-11-01 (and 2027-02-01 when asked). Allotted: 3 Starter and 2 Business sites.
 *
 * <pre>
 * alpha    Starter, existing; traffic 100k on 09-10 upgrades it to Business     Marketing
 * bravo    Business, existing; downgraded to Starter on 09-15                   Marketing
 * charlie  Starter, existing; upgraded on 09-01, downgraded back on 10-01       Sales
 * delta    Starter, created 09-01 and deactivated 10-05 (one period)            Sales
 * echo     Business, existing; deleted on 10-10                                 Sales
 * foxtrot  Starter, new on 08-20                                                (untagged)
 * golf     Starter, new on 09-20: the newest Starter, over the allotment        Sales
 * hotel    sandbox since 06-01                                                  Sales
 * india    Business, existing; frozen on 10-20                                  Sales
 * </pre>
 */
public abstract class EnterprisePortfolioFixture extends UiTest {

    @Autowired
    protected PortfolioService portfolio;
    @Autowired
    protected ContractInvoiceService invoices;
    @Autowired
    protected SitePortfolioReportService report;
    @Autowired
    protected ChargebackService chargebacks;

    protected SignedInUser owner;
    protected SignedInUser admin;
    protected long accountId;
    protected long contractId;

    protected void buildPortfolio() {
        owner = newOwner(HOSTING);
        admin = newMember(owner, Role.ADMINISTRATOR);
        accountId = accountOf(owner).id();
        contractId = SystemIdentity.callAsOperator(HOSTING, () -> portfolio.openContract(accountId, new NewContract("C-" + accountId,
                LocalDate.of(2026, 5, 1), LocalDate.of(2029, 5, 1), PaymentMethod.INVOICE_ACH, NewContract.QUARTERLY,
                new BigDecimal("100"), List.of(
                        allot(SitePlan.of("STARTER"), 3, "29", "35"), allot(SitePlan.of("BUSINESS"), 2, "99", "120"),
                        allot(SitePlan.of("PREMIUM"), 0, "299", "360"), allot(SitePlan.of("ENTERPRISE"), 0, "999", "1200")))));
        on("2026-05-02", () -> {
            long alpha = site("alpha.example", "Ann Owner", "Marketing", SitePlan.of("STARTER"), "2026-05-01");
            long bravo = site("bravo.example", "Ann Owner", "Marketing", SitePlan.of("BUSINESS"), "2026-05-01");
            long charlie = site("charlie.example", "Ben Owner", "Sales", SitePlan.of("STARTER"), "2026-05-01");
            long echo = site("echo.example", "Ben Owner", "Sales", SitePlan.of("BUSINESS"), "2026-05-02");
            long india = site("india.example", "Ben Owner", "Sales", SitePlan.of("BUSINESS"), "2026-05-01");
            ids = new long[] {alpha, bravo, charlie, echo, india};
        });
        on("2026-06-01", () -> as(admin, () -> portfolio.addSite(new NewSite(contractId, "hotel.example", "Ben Owner", "Sales",
                SitePlan.of("STARTER"), SiteStatus.SANDBOX, LocalDate.parse("2026-06-01")))));
        on("2026-08-20", () -> site("foxtrot.example", "Cat Owner", null, SitePlan.of("STARTER"), "2026-08-20"));
        on("2026-09-01", () -> {
            delta = site("delta.example", "Cat Owner", "Sales", SitePlan.of("STARTER"), "2026-09-01");
            SystemIdentity.runAsOperator(HOSTING, () -> portfolio.recordTraffic(ids[2], 60_000));
        });
        on("2026-09-10", () -> SystemIdentity.runAsOperator(HOSTING, () -> portfolio.recordTraffic(ids[0], 100_000)));
        on("2026-09-15", () -> as(admin, () -> portfolio.changePlan(ids[1], SitePlan.of("STARTER"))));
        on("2026-09-20", () -> site("golf.example", "Cat Owner", "Sales", SitePlan.of("STARTER"), "2026-09-20"));
        on("2026-10-01", () -> as(admin, () -> portfolio.changePlan(ids[2], SitePlan.of("STARTER"))));
        on("2026-10-05", () -> as(admin, () -> portfolio.deactivate(delta)));
        on("2026-10-10", () -> as(admin, () -> portfolio.delete(ids[3])));
        on("2026-10-20", () -> as(admin, () -> portfolio.freeze(ids[4])));
        on("2026-11-05", () -> SystemIdentity.runAsOperator(HOSTING, () -> invoices.issueDueInvoices(accountId)));
    }

    protected long[] ids;
    protected long delta;

    /** The invoices newest first, as the administrator sees them. */
    protected List<InvoiceSummary> invoiceList() {
        return as(admin, () -> invoices.invoices(new InvoiceQuery(null, null)));
    }

    protected void on(String day, Runnable work) {
        ((MutableClock) clock).set(Instant.parse(day + "T16:00:00Z"));
        work.run();
    }

    private long site(String name, String siteOwner, String department, SitePlan plan, String created) {
        return as(admin, () -> portfolio.addSite(new NewSite(contractId, name, siteOwner, department, plan, SiteStatus.ACTIVE,
                LocalDate.parse(created))));
    }

    private static NewContract.PlanAllotment allot(SitePlan plan, int sites, String price, String overage) {
        return new NewContract.PlanAllotment(plan, sites, new BigDecimal(price), new BigDecimal(overage));
    }
}
