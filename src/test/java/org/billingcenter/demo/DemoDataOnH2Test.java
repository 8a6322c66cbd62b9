package org.billingcenter.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.billingcenter.account.AccountService;
import org.billingcenter.billing.BillService;
import org.billingcenter.billing.BillSummary;
import org.billingcenter.audit.AuditChainService;
import org.billingcenter.enterprise.ContractInvoiceService;
import org.billingcenter.enterprise.InvoiceQuery;
import org.billingcenter.enterprise.PortfolioFilter;
import org.billingcenter.enterprise.PortfolioTable;
import org.billingcenter.enterprise.SitePortfolioReportService;
import org.billingcenter.notification.Notifications;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantRegistry;
import org.billingcenter.ticket.TicketDeskService;
import org.billingcenter.wallet.WalletService;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.Pageable;

/**
 * What the README's run command does: the application on an embedded H2 database, migrated by the
 * same scripts as MariaDB, with demo data for every tenant. (The suite's other context runs on MariaDB.)
 */
@Tag("own-context")
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:demo;MODE=MySQL;DATABASE_TO_LOWER=TRUE;NON_KEYWORDS=VALUE;DB_CLOSE_DELAY=-1",
        "billing.demo-data.enabled=true"})
class DemoDataOnH2Test {

    @Autowired
    TenantRegistry tenants;
    @Autowired
    AccountService accounts;
    @Autowired
    WalletService wallet;
    @Autowired
    TicketDeskService desk;
    @Autowired
    Notifications notifications;
    @Autowired
    AuditChainService auditChain;
    @Autowired
    BillService bills;

    @Test
    void everyTenantHasADemoOwnerWithMoneyAndSpend() {
        assertThat(tenants.all()).hasSizeGreaterThanOrEqualTo(3);
        for (TenantDefinition tenant : tenants.all()) {
            var owner = TenantContext.callAs(tenant.id(), () -> accounts.findSignIn(DemoData.OWNER)).orElseThrow();
            var overview = SystemIdentity.callAs(owner.user(), () -> wallet.overview());
            assertThat(overview.cash().currency()).isEqualTo(tenant.currency());
            // Everything given (credit and voucher) is either still held, was spent this month, or paid last month's bill.
            Money held = overview.cash().plus(overview.vouchers()).plus(overview.cards());
            // What the cloud account paid of last month's cloud-settled usage never came from the wallet.
            Money lastMonth = SystemIdentity.callAs(owner.user(), () -> bills.myBills(Pageable.unpaged())).stream()
                    .map(bill -> bill.total().minus(bill.cloudPaid())).reduce(Money.zero(tenant.currency()), Money::plus);
            if (tenant.offers(TenantDefinition.AccountKind.STANDARD)) {
                assertThat(lastMonth.isPositive()).as("a demo bill for last month").isTrue();
            }
            // A tenant that offers no vouchers gets no welcome voucher.
            java.math.BigDecimal voucher = !tenant.offers(Feature.VOUCHERS) ? java.math.BigDecimal.ZERO
                    : tenant.offers(Feature.CLOUD_SETTLEMENT) && tenant.offers(Feature.WORKSPACES)
                            ? DemoData.VOUCHER.add(DemoData.CLOUD_VOUCHER) : DemoData.VOUCHER;
            assertThat(held.plus(overview.monthToDateSpend()).plus(lastMonth).amount()).as(tenant.id())
                    .isEqualByComparingTo(DemoData.WELCOME_CREDIT.add(DemoData.REMITTED).add(DemoData.LATER_REMITTANCE).add(voucher));
            var operator = TenantContext.callAs(tenant.id(), () -> accounts.findSignIn("operator@demo.example")).orElseThrow();
            // One demo ticket waits for staff; the answered one waits for the customer, who was notified.
            var queues = SystemIdentity.callAs(operator.user(), () -> desk.counts());
            assertThat(queues.awaitingStaff()).isEqualTo(1);
            assertThat(queues.waitingForCustomer()).isEqualTo(1);
            // The answered ticket, the approval of the account's real-name verification where the tenant
            // verifies identities, and last month's bill where it bills usage.
            var kinds = SystemIdentity.callAs(owner.user(), () -> notifications.mine(Pageable.unpaged())).stream()
                    .filter(notice -> !notice.read()).map(notice -> notice.kind()).toList();
            assertThat(kinds).as(tenant.id()).contains("TICKET_REPLY");
            assertThat(kinds.contains("VERIFICATION")).as(tenant.id()).isEqualTo(tenant.offers(Feature.IDENTITY_VERIFICATION));
            assertThat(kinds.contains("BILL_ISSUED")).as(tenant.id()).isEqualTo(tenant.offers(Feature.PAY_AS_YOU_GO));
        }
    }

    @Autowired
    ContractInvoiceService contractInvoices;
    @Autowired
    SitePortfolioReportService portfolioReport;

    @Test
    void theEnterpriseDemoAdministratorHasTwoYearsOfContractInvoicesWithAPortfolio() {
        var admin = TenantContext.callAs("harbor-hosting", () -> accounts.findSignIn("admin@demo.example")).orElseThrow();
        var invoices = SystemIdentity.callAs(admin.user(), () -> contractInvoices.invoices(new InvoiceQuery(null, null)));
        assertThat(invoices).hasSizeGreaterThanOrEqualTo(24 + 8);
        long latest = invoices.getFirst().id();
        assertThat(SystemIdentity.callAs(admin.user(), () -> portfolioReport.count(latest, PortfolioTable.ACTIVE, PortfolioFilter.none())))
                .isGreaterThan(20);
        assertThat(SystemIdentity.callAs(admin.user(), () -> contractInvoices.invoice(latest)).lines()).isNotEmpty();
    }

    @Autowired
    org.billingcenter.account.CloudAccountService cloudAccounts;
    @Autowired
    org.billingcenter.workspace.WorkspaceService workspaces;
    @Autowired
    org.billingcenter.workspace.SettlementChoiceService settlements;

    @Test
    void theDemoAccountMovesAWorkspaceOntoItsCloudAccount() {
        for (String tenant : List.of("lumen-intl", "lumen-cn")) {
            var owner = TenantContext.callAs(tenant, () -> accounts.findSignIn(DemoData.OWNER)).orElseThrow().user();
            var clouds = SystemIdentity.callAs(owner, () -> cloudAccounts.active());
            assertThat(clouds).as(tenant).hasSize(1);
            var chosen = SystemIdentity.callAs(owner, () -> workspaces.myWorkspaces().stream()
                    .map(workspace -> settlements.chosen(workspace.id())).toList());
            assertThat(chosen).as(tenant).filteredOn(settlement -> settlement.cloudAccountId() != null)
                    .extracting(settlement -> settlement.cloudAccountId()).containsExactly(clouds.getFirst().id());
        }
    }

    @Test
    void theDemoHistorySealsIntoAnIntactChainOnH2Too() {
        var operator = TenantContext.callAs(tenants.all().iterator().next().id(),
                () -> accounts.findSignIn("operator@demo.example")).orElseThrow();
        var verification = SystemIdentity.callAs(operator.user(), () -> auditChain.verify());
        assertThat(verification.intact()).isTrue();
        assertThat(verification.checked()).isPositive();
    }
}
