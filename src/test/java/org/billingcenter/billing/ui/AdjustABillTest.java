package org.billingcenter.billing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.billingcenter.billing.BillDesk;
import org.billingcenter.billing.BillQuery;
import org.billingcenter.billing.BillService;
import org.billingcenter.billing.BillingRunService;
import org.billingcenter.billing.DeskBill;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.shared.money.Money;
import org.billingcenter.support.UiTest;
import org.billingcenter.usage.UsageIngestionService;
import org.billingcenter.usage.UsageRecord;
import org.billingcenter.wallet.LedgerCheckService;
import org.billingcenter.wallet.WalletService;
import org.billingcenter.workspace.NewWorkspace;
import org.billingcenter.workspace.WorkspaceService;
import org.billingcenter.workspace.WorkspaceSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * An operator corrects an issued bill on the adjustments page: a credit reaches the account's
 * cash once however often it is confirmed, an extra charge is deducted, bad input moves nothing,
 * and nobody but the tenant's staff may adjust, nor reach another tenant's bill.
 */
class AdjustABillTest extends UiTest {

    private static final YearMonth MONTH = YearMonth.of(2028, 7);

    @Autowired
    WorkspaceService workspaces;
    @Autowired
    UsageIngestionService usage;
    @Autowired
    BillingRunService runs;
    @Autowired
    WalletService wallet;
    @Autowired
    BillDesk desk;
    @Autowired
    BillService bills;
    @Autowired
    LedgerCheckService ledger;
    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    // One bill for all the tests: the month's run is done after the first, so it bills nobody new.
    static SignedInUser owner;
    static long account;
    static String accountName;

    @BeforeEach
    void aBillOfLastMonth() {
        clock.set(Instant.parse("2028-08-10T12:00:00Z"));
        if (owner != null) {
            return;
        }
        owner = newOwner(INTL);
        account = accountOf(owner).id();
        accountName = accountOf(owner).enterpriseName();
        SystemIdentity.runAsOperator(INTL, () -> wallet.grantCredit(account, Money.of("100.00", "USD"), "funds", key()));
        WorkspaceSummary web = as(owner, () -> workspaces.bind(new NewWorkspace("web", "us-west-1", null)));
        SystemIdentity.runAsOperator(INTL, () -> usage.ingest(List.of(
                new UsageRecord(key(), web.id(), "HOSTS", Instant.parse("2028-07-05T20:00:00Z"), new BigDecimal("10")))));
        SystemIdentity.callAsOperator(INTL, () -> runs.runMonth(MONTH)).join();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOperatorCreditsTheAccountOnceAndChargesItMore() {
        SignedInUser operator = newOperator(INTL);
        Money before = cash();
        signIn(operator);
        navigate("operator/bills");
        ((com.vaadin.flow.component.combobox.ComboBox<YearMonth>) find(com.vaadin.flow.component.combobox.ComboBox.class,
                "adjustments-month")).setValue(MONTH);
        find(TextField.class, "adjustments-account").setValue(String.valueOf(account));
        Grid<DeskBill> grid = _get(Grid.class, spec -> spec.withId("adjustments-bills"));
        List<DeskBill> found = grid.getGenericDataView().getItems().toList();
        assertThat(found).extracting(row -> row.bill().period()).containsExactly(MONTH);
        assertThat(found.getFirst().accountName()).isEqualTo(accountName);
        grid.select(found.getFirst());

        // Bad input first: nothing is asked, nothing moves.
        click("adjustments-adjust");
        assertThat(find(BigDecimalField.class, "adjustments-amount").isInvalid()).isTrue();
        find(BigDecimalField.class, "adjustments-amount").setValue(new BigDecimal("2.005"));
        find(TextArea.class, "adjustments-reason").setValue("Hosts counted twice on the 5th");
        click("adjustments-adjust");
        assertThat(find(BigDecimalField.class, "adjustments-amount").getErrorMessage()).contains("2");
        find(BigDecimalField.class, "adjustments-amount").setValue(new BigDecimal("2.00"));
        find(TextArea.class, "adjustments-reason").setValue(" ");
        click("adjustments-adjust");
        assertThat(find(TextArea.class, "adjustments-reason").isInvalid()).isTrue();
        assertThat(cash()).isEqualTo(before);

        find(TextArea.class, "adjustments-reason").setValue("Hosts counted twice on the 5th");
        click("adjustments-adjust");
        assertThat(find(com.vaadin.flow.component.html.Paragraph.class, "adjustments-confirm-text").getText())
                .contains("$2.00", "#" + account, "2028-07");
        Button confirm = find(Button.class, "adjustments-confirm-confirm");
        confirm.click();
        assertThat(cash()).isEqualTo(before.plus(Money.of("2.00", "USD")));
        assertThat(as(operator, () -> bills.issuedBill(found.getFirst().bill().id())).adjustments())
                .extracting(a -> a.amount().amount().toPlainString(), a -> a.reason(), a -> a.by())
                .containsExactly(org.assertj.core.groups.Tuple.tuple("-2.00", "Hosts counted twice on the 5th", operator.email()));

        // An extra charge, then the books still agree.
        grid = _get(Grid.class, spec -> spec.withId("adjustments-bills"));
        grid.select(grid.getGenericDataView().getItems().findFirst().orElseThrow());
        find(com.vaadin.flow.component.radiobutton.RadioButtonGroup.class, "adjustments-kind")
                .setValue(BillAdjustmentsView.Kind.CHARGE);
        find(BigDecimalField.class, "adjustments-amount").setValue(new BigDecimal("0.50"));
        find(TextArea.class, "adjustments-reason").setValue("SMS missed on the 7th");
        click("adjustments-adjust");
        find(Button.class, "adjustments-confirm-confirm").click();
        assertThat(cash()).isEqualTo(before.plus(Money.of("1.50", "USD")));
        assertThat(SystemIdentity.callAsOperator(INTL, () -> ledger.check(account)).problems()).isEmpty();
    }

    @Test
    void aResubmittedAdjustmentMovesMoneyOnceAndAReusedKeyIsRefused() {
        SignedInUser operator = newOperator(INTL);
        long bill = billId(operator);
        Money before = cash();
        Money invoiceable = as(operator, () -> bills.issuedBill(bill)).summary().invoiceable();
        String key = key();
        as(operator, () -> desk.adjust(bill, Money.of("-3.00", "USD"), "Goodwill", key));
        as(operator, () -> desk.adjust(bill, Money.of("-3.00", "USD"), "Goodwill", key));
        assertThat(cash()).isEqualTo(before.plus(Money.of("3.00", "USD")));
        // Cash given back is no longer invoiceable.
        assertThat(as(operator, () -> bills.issuedBill(bill)).summary().invoiceable())
                .isEqualTo(invoiceable.minus(Money.of("3.00", "USD")));
        assertThatThrownBy(() -> as(operator, () -> desk.adjust(bill, Money.of("-4.00", "USD"), "Goodwill", key)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("idempotency.keyReused");
        assertThatThrownBy(() -> as(operator, () -> desk.adjust(bill, Money.of("0", "USD"), "Nothing", key())))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("bill.adjustmentAmount");
        assertThatThrownBy(() -> as(operator, () -> desk.adjust(bill, Money.of("-1", "CNY"), "Wrong money", key())))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("bill.adjustmentAmount");
        assertThat(cash()).isEqualTo(before.plus(Money.of("3.00", "USD")));
    }

    @Test
    void onlyTheTenantsStaffAdjustAndOnlyTheirTenantsBills() {
        SignedInUser operator = newOperator(INTL);
        long bill = billId(operator);
        Money before = cash();
        assertThatThrownBy(() -> as(owner, () -> desk.adjust(bill, Money.of("-5.00", "USD"), "Myself", key())))
                .isInstanceOf(AccessDeniedException.class);
        SignedInUser otherOperator = newOperator(CN);
        assertThatThrownBy(() -> as(otherOperator, () -> desk.adjust(bill, Money.of("-5.00", "CNY"), "Across", key())))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("bill.notFound");
        assertThat(as(otherOperator, () -> desk.search(new BillQuery(null, String.valueOf(account)), PageRequest.of(0, 10)))
                .getContent()).isEmpty();
        assertThat(cash()).isEqualTo(before);
    }

    @Test
    void anExtraChargeTheAccountCannotPayStartsTheArrearsCountdown() {
        // An account and a month of its own (November 2028): the shared bill's adjustments stay as the other tests expect.
        clock.set(Instant.parse("2028-12-10T12:00:00Z"));
        SignedInUser holder = newOwner(INTL);
        long own = accountOf(holder).id();
        SystemIdentity.runAsOperator(INTL, () -> wallet.grantCredit(own, Money.of("20.00", "USD"), "funds", key()));
        WorkspaceSummary api = as(holder, () -> workspaces.bind(new NewWorkspace("api", "us-west-1", null)));
        SystemIdentity.runAsOperator(INTL, () -> usage.ingest(List.of(
                new UsageRecord(key(), api.id(), "HOSTS", Instant.parse("2028-11-05T20:00:00Z"), new BigDecimal("10")))));
        SystemIdentity.callAsOperator(INTL, () -> runs.runMonth(YearMonth.of(2028, 11))).join();
        SignedInUser operator = newOperator(INTL);
        long bill = as(operator, () -> desk.search(new BillQuery(YearMonth.of(2028, 11), String.valueOf(own)), PageRequest.of(0, 10)))
                .getContent().getFirst().bill().id();
        Money left = as(holder, () -> wallet.overview().cash());

        as(operator, () -> desk.adjust(bill, left.plus(Money.of("40.00", "USD")), "Traffic billed short all month", key()));
        assertThat(as(holder, () -> wallet.overview().cash()).amount()).isEqualByComparingTo("-40.00");
        assertThat(jdbc.queryForObject("SELECT amount FROM arrears_case WHERE tenant_id = ? AND bill_id = ? AND status = 'OPEN'",
                BigDecimal.class, INTL, bill)).isEqualByComparingTo("40.00");
    }

    private long billId(SignedInUser operator) {
        return as(operator, () -> desk.search(new BillQuery(MONTH, String.valueOf(account)), PageRequest.of(0, 10))).getContent()
                .getFirst().bill().id();
    }

    private Money cash() {
        return as(owner, () -> wallet.overview().cash());
    }
}
