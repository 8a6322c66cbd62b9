package org.billingcenter.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.support.UiTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The scheduled contract invoicing: one account with a monthly contract and one whose frequency was
 * not given (quarterly), both from 2029-07-01; the clock walks over their period boundaries (months
 * 2029-07..10 are this test's own).
 */
class ContractInvoicingJobTest extends UiTest {

    @Autowired
    ContractInvoicingJob job;
    @Autowired
    PortfolioService portfolio;
    @Autowired
    ContractInvoiceService invoices;

    private SignedInUser admin;
    private String monthly;
    private String quarterly;

    @BeforeEach
    void twoContracts() {
        SignedInUser owner = newOwner(HOSTING);
        admin = newMember(owner, Role.ADMINISTRATOR);
        long account = accountOf(owner).id();
        monthly = "M-" + account;
        quarterly = "Q-" + account;
        on("2029-07-01T12:00:00Z");
        long monthlyId = open(account, monthly, 1);
        open(account, quarterly, 0);
        as(admin, () -> portfolio.addSite(new NewSite(monthlyId, "kilo.example", "Kim Owner", "Sales", SitePlan.of("STARTER"),
                SiteStatus.ACTIVE, LocalDate.parse("2029-07-01"))));
    }

    @Test
    void aContractWithoutAFrequencyIsInvoicedQuarterly() {
        assertThat(as(admin, () -> portfolio.contracts())).extracting(ContractSummary::number, ContractSummary::invoicingMonths)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple(monthly, 1),
                        org.assertj.core.groups.Tuple.tuple(quarterly, NewContract.QUARTERLY));
    }

    @Test
    void theJobIssuesAnInvoiceOnThePeriodBoundaryAndNotBefore() {
        on("2029-07-31T12:00:00Z");
        job.issueDue();
        assertThat(mine()).isEmpty();

        on("2029-08-01T12:00:00Z");
        job.issueDue();
        assertThat(mine()).extracting(InvoiceSummary::contractNumber, InvoiceSummary::previousDate, InvoiceSummary::invoiceDate)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(monthly, LocalDate.parse("2029-07-01"), LocalDate.parse("2029-08-01")));
        assertThat(mine().getFirst().activeSites()).isEqualTo(1L);
    }

    @Test
    void reRunningAPeriodIssuesNothingNew() {
        on("2029-08-01T12:00:00Z");
        job.issueDue();
        List<InvoiceSummary> first = mine();

        assertThat(job.issueDue()).as("nothing is due anywhere any more").isZero();
        on("2029-08-01T23:00:00Z");
        job.issueDue();
        assertThat(mine()).isEqualTo(first);
    }

    @Test
    void monthlyAndQuarterlyContractsFollowTheirOwnFrequency() {
        on("2029-10-01T12:00:00Z");
        job.issueDue();
        assertThat(datesOf(monthly)).containsExactly("2029-08-01", "2029-09-01", "2029-10-01");
        assertThat(datesOf(quarterly)).containsExactly("2029-10-01");
        assertThat(mine()).filteredOn(i -> i.contractNumber().equals(quarterly)).extracting(InvoiceSummary::previousDate)
                .containsExactly(LocalDate.parse("2029-07-01"));

        assertThat(job.issueDue()).isZero();
        assertThat(mine()).hasSize(4);
    }

    private List<InvoiceSummary> mine() {
        return as(admin, () -> invoices.invoices(new InvoiceQuery(null, null)));
    }

    private List<String> datesOf(String contract) {
        return mine().stream().filter(i -> i.contractNumber().equals(contract)).map(i -> i.invoiceDate().toString()).sorted().toList();
    }

    private long open(long account, String number, int months) {
        return SystemIdentity.callAsOperator(HOSTING, () -> portfolio.openContract(account, new NewContract(number,
                LocalDate.parse("2029-07-01"), LocalDate.parse("2031-07-01"), PaymentMethod.INVOICE_ACH, months, new BigDecimal("100"),
                List.of(allot(SitePlan.of("STARTER")), allot(SitePlan.of("BUSINESS")), allot(SitePlan.of("PREMIUM")), allot(SitePlan.of("ENTERPRISE"))))));
    }

    private void on(String instant) {
        clock.set(Instant.parse(instant));
    }

    private static NewContract.PlanAllotment allot(SitePlan plan) {
        return new NewContract.PlanAllotment(plan, 2, new BigDecimal("29"), new BigDecimal("35"));
    }
}
