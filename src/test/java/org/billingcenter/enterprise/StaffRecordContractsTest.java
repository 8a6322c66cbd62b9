package org.billingcenter.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The tenant's staff record, amend and end contracts; each change keeps its reason; nothing crosses tenants. */
class StaffRecordContractsTest extends ApplicationTest {

    @Autowired
    ContractDesk desk;
    @Autowired
    PortfolioService portfolio;
    @Autowired
    ContractInvoiceService invoices;
    @Autowired
    JdbcTemplate jdbc;

    private SignedInUser staff;
    private SignedInUser customerAdmin;
    private long account;

    @BeforeEach
    void aContractAccount() {
        clock.set(Instant.parse("2030-03-01T15:00:00Z"));
        staff = newOperator(HOSTING);
        SignedInUser owner = newOwner(HOSTING);
        customerAdmin = newMember(owner, Role.ADMINISTRATOR);
        account = accountOf(owner).id();
    }

    @Test
    void staffRecordAContractForACustomerAccountAndTheCustomerSeesIt() {
        String number = "C-" + account;
        as(staff, () -> desk.open(account, contract(number, 2), "Signed on the phone"));

        assertThat(as(staff, () -> desk.contractAccounts())).extracting(a -> a.id()).contains(account);
        assertThat(as(staff, () -> desk.contracts())).filteredOn(c -> c.accountId() == account)
                .extracting(c -> c.contract().number()).containsExactly(number);
        ContractSummary seen = as(customerAdmin, () -> portfolio.contracts()).getFirst();
        assertThat(seen.number()).isEqualTo(number);
        assertThat(seen.allotments()).extracting(a -> a.plan().code()).containsExactlyInAnyOrder("STARTER", "BUSINESS", "PREMIUM",
                "ENTERPRISE");
    }

    @Test
    void amendingAContractChangesItsTermsAndKeepsTheReasonInItsHistory() {
        long id = as(staff, () -> desk.open(account, contract("A-" + account, 3), "New customer"));

        as(staff, () -> desk.amend(id, new ContractAmendment(LocalDate.parse("2033-03-01"), PaymentMethod.CARD, 1, new BigDecimal("250"),
                allotments(5, "19")), "Renewed for three years at a lower price"));

        ContractSummary amended = as(staff, () -> desk.contract(id)).contract();
        assertThat(amended.endsOn()).isEqualTo(LocalDate.parse("2033-03-01"));
        assertThat(amended.paymentMethod()).isEqualTo(PaymentMethod.CARD);
        assertThat(amended.invoicingMonths()).isEqualTo(1);
        assertThat(amended.allotments()).allSatisfy(a -> {
            assertThat(a.sites()).isEqualTo(5);
            assertThat(a.monthlyPrice()).isEqualByComparingTo("19");
        });
        assertThat(jdbc.queryForList("SELECT r.reason FROM ent_contract_aud a JOIN audit_revision r ON r.id = a.rev WHERE a.id = ?"
                + " ORDER BY a.rev", String.class, id)).containsExactly("New customer", "Renewed for three years at a lower price");
    }

    @Test
    void aChangeWithoutAReasonIsRefused() {
        long id = as(staff, () -> desk.open(account, contract("R-" + account, 3), "New customer"));
        assertThatThrownBy(() -> as(staff, () -> desk.end(id, LocalDate.parse("2031-01-01"), "  ")))
                .isInstanceOf(BusinessRuleException.class).hasFieldOrPropertyWithValue("messageKey", "enterprise.reasonRequired");
        assertThat(as(staff, () -> desk.contract(id)).contract().endsOn()).isEqualTo(LocalDate.parse("2032-03-01"));
    }

    @Test
    void endingAContractStopsItsInvoicesAfterTheEndButNotBeforeWhatWasInvoiced() {
        long id = as(staff, () -> desk.open(account, contract("E-" + account, 1), "New customer"));
        clock.set(Instant.parse("2030-05-01T15:00:00Z"));
        as(staff, () -> invoices.issueDueInvoices(account));

        assertThatThrownBy(() -> as(staff, () -> desk.end(id, LocalDate.parse("2030-04-15"), "Customer left")))
                .hasFieldOrPropertyWithValue("messageKey", "enterprise.contract.endBeforeInvoice");
        as(staff, () -> desk.end(id, LocalDate.parse("2030-05-01"), "Customer left"));
        clock.set(Instant.parse("2030-09-01T15:00:00Z"));

        assertThat(as(staff, () -> invoices.issueDueInvoices(account))).isZero();
        assertThat(as(customerAdmin, () -> invoices.invoices(new InvoiceQuery(null, null)))).hasSize(2);
    }

    @Test
    void aCustomerAdministratorCannotRecordOrAmendContracts() {
        assertThatThrownBy(() -> as(customerAdmin, () -> desk.open(account, contract("X-" + account, 3), "mine")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(customerAdmin, () -> desk.contracts())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anotherTenantsStaffCannotReachTheAccountOrTheContract() {
        long id = as(staff, () -> desk.open(account, contract("T-" + account, 3), "New customer"));
        SignedInUser otherStaff = newOperator(INTL);

        // The other tenant sells no contracts at all: its staff's contract desk refuses every call.
        assertThatThrownBy(() -> as(otherStaff, () -> desk.open(account, contract("T2-" + account, 3), "steal")))
                .hasFieldOrPropertyWithValue("messageKey", "feature.unavailable");
        assertThatThrownBy(() -> as(otherStaff, () -> desk.end(id, LocalDate.parse("2031-01-01"), "steal")))
                .hasFieldOrPropertyWithValue("messageKey", "feature.unavailable");
        assertThatThrownBy(() -> as(otherStaff, () -> desk.contracts())).hasFieldOrPropertyWithValue("messageKey", "feature.unavailable");
        assertThat(as(staff, () -> desk.contract(id)).contract().endsOn()).isEqualTo(LocalDate.parse("2032-03-01"));
    }

    static NewContract contract(String number, int months) {
        return new NewContract(number, LocalDate.parse("2030-03-01"), LocalDate.parse("2032-03-01"), PaymentMethod.INVOICE_ACH, months,
                new BigDecimal("100"), allotments(2, "29"));
    }

    static List<NewContract.PlanAllotment> allotments(int sites, String price) {
        return List.of("STARTER", "BUSINESS", "PREMIUM", "ENTERPRISE").stream()
                .map(code -> new NewContract.PlanAllotment(SitePlan.of(code), sites, new BigDecimal(price), new BigDecimal("35"))).toList();
    }
}
