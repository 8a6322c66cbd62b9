package org.billingcenter.enterprise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import org.billingcenter.account.AccountSummary;
import org.billingcenter.enterprise.ContractDesk;
import org.billingcenter.enterprise.ContractInvoiceService;
import org.billingcenter.enterprise.ContractOverview;
import org.billingcenter.enterprise.InvoiceStatus;
import org.billingcenter.enterprise.SiteDesk;
import org.billingcenter.enterprise.SiteImport;
import org.billingcenter.enterprise.SiteRecord;
import org.billingcenter.enterprise.StaffInvoice;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.Input;
import org.billingcenter.support.UiTest;
import org.billingcenter.support.Views;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Staff on the operator console record a contract for a customer account, import its sites from
 * CSV (a bad row is refused with its reason, the corrected file is taken whole), upload traffic
 * that upgrades a site, and record the payment of its invoice.
 */
class StaffRunContractsOnTheConsoleTest extends UiTest {

    @Autowired
    ContractDesk desk;
    @Autowired
    SiteDesk sites;
    @Autowired
    ContractInvoiceService invoicing;

    private SignedInUser staff;
    private AccountSummary account;

    @BeforeEach
    void aCustomerAccount() {
        clock.set(Instant.parse("2031-02-01T15:00:00Z"));
        staff = newOperator(HOSTING);
        account = accountOf(newOwner(HOSTING));
        signIn(staff);
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffRecordAContractFromTheContractsPage() {
        navigate("operator/contracts");
        click("contract-new");
        Input.type(find(ComboBox.class, "contract-account"), as(staff, () -> desk.contractAccounts()).stream()
                .filter(a -> a.id() == account.id()).findFirst().orElseThrow());
        type(TextField.class, "contract-number", "UI-" + account.id());
        type(DatePicker.class, "contract-starts", LocalDate.parse("2031-01-01"));
        type(DatePicker.class, "contract-ends", LocalDate.parse("2033-01-01"));
        type(BigDecimalField.class, "contract-fee", new BigDecimal("150"));
        for (String plan : new String[] {"starter", "business", "premium", "enterprise"}) {
            type(IntegerField.class, "allot-" + plan + "-sites", 10);
            type(BigDecimalField.class, "allot-" + plan + "-price", new BigDecimal("29"));
            type(BigDecimalField.class, "allot-" + plan + "-overage", new BigDecimal("35"));
        }
        click("contract-save");
        assertThat(notifications()).contains("Please give a reason for this change.");

        type(TextField.class, "contract-reason", "Signed at the trade fair");
        click("contract-save");

        Grid<ContractOverview> grid = find(Grid.class, "contracts");
        assertThat(GridKt._findAll(grid)).extracting(o -> o.contract().number()).contains("UI-" + account.id());
    }

    @Test
    @SuppressWarnings("unchecked")
    void staffImportFiftySitesAfterTheBadRowIsCorrectedThenUploadTrafficThatUpgradesOne() {
        long contract = as(staff, () -> desk.open(account.id(), contract("IMP-" + account.id()), "New customer"));
        navigate("operator/contracts/sites/" + contract);
        ContractSitesView view = (ContractSitesView) Views.current();
        SiteImportPanel importer = (SiteImportPanel) view.getChildren().filter(SiteImportPanel.class::isInstance).findFirst().orElseThrow();

        String good = "name,owner,department,plan\n" + java.util.stream.IntStream.rangeClosed(1, 50)
                .mapToObj(i -> "s" + i + ".example," + (i == 3 ? "" : "Owner " + i) + ",Sales,Starter")
                .collect(java.util.stream.Collectors.joining("\n"));
        importer.take(good.replace("s9.example,Owner 9,Sales,Starter", "s9.example,Owner 9,Sales,Gold").getBytes(StandardCharsets.UTF_8));
        assertThat(find(Paragraph.class, "site-import-outcome").getText()).contains("1 row(s) are wrong");
        Grid<SiteImport.Problem> problems = find(Grid.class, "site-import-problems");
        assertThat(GridKt._get(problems, 0).row()).isEqualTo(9);
        assertThat(GridKt._getFormatted(problems, 0, "reason")).isEqualTo("There is no plan \"Gold\" in this portal.");
        assertThat(importer.confirm.isVisible()).isFalse();

        importer.take(good.getBytes(StandardCharsets.UTF_8));
        click("site-import-confirm");
        Grid<SiteRecord> grid = find(Grid.class, "sites");
        assertThat(GridKt._size(grid)).isEqualTo(50);
        int third = GridKt._findAll(grid).stream().map(SiteRecord::name).toList().indexOf("s3.example");
        assertThat(GridKt._getFormatted(grid, third, "owner")).isEqualTo("Not determined");

        long busy = GridKt._get(grid, 0).id();
        TrafficUploadPanel traffic = (TrafficUploadPanel) view.getChildren().filter(TrafficUploadPanel.class::isInstance).findFirst()
                .orElseThrow();
        traffic.take(("site_id,monthly_traffic\n" + busy + ",120000\n").getBytes(StandardCharsets.UTF_8));
        assertThat(find(Paragraph.class, "traffic-outcome").getText()).isEqualTo("Recorded traffic for 1 sites; 1 moved to a bigger plan.");
        assertThat(GridKt._getFormatted(grid, 0, "plan")).isEqualTo("Business");
    }

    @Test
    void staffRecordTheFullPaymentOfAnInvoiceAndItShowsPaid() {
        long contract = as(staff, () -> desk.open(account.id(), contract("INV-" + account.id()), "New customer"));
        clock.set(Instant.parse("2031-04-02T15:00:00Z"));
        as(staff, () -> invoicing.issueDueInvoices(account.id()));
        navigate("operator/contracts/invoices/" + contract);
        @SuppressWarnings("unchecked")
        Grid<StaffInvoice> grid = find(Grid.class, "contract-invoices");
        // The row's button lives in a component column, which the browser-less UI does not render: open its dialog as it does.
        ((ContractInvoicesView) Views.current()).openPayment(GridKt._get(grid, 0));
        type(TextField.class, "payment-reference", "Wire 20310402");
        click("payment-confirm");

        assertThat(GridKt._get(grid, 0).status()).isEqualTo(InvoiceStatus.PAID);
        assertThat(GridKt._getFormatted(grid, 0, "status")).isEqualTo("Paid");
    }

    private static org.billingcenter.enterprise.NewContract contract(String number) {
        return new org.billingcenter.enterprise.NewContract(number, LocalDate.parse("2031-01-01"), LocalDate.parse("2033-01-01"),
                org.billingcenter.enterprise.PaymentMethod.INVOICE_ACH, 3, new BigDecimal("100"),
                java.util.List.of("STARTER", "BUSINESS", "PREMIUM", "ENTERPRISE").stream()
                        .map(code -> new org.billingcenter.enterprise.NewContract.PlanAllotment(
                                org.billingcenter.enterprise.SitePlan.of(code), 10, new BigDecimal("29"), new BigDecimal("35")))
                        .toList());
    }
}
