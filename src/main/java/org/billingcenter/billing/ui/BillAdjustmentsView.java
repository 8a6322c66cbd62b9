package org.billingcenter.billing.ui;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.UUID;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ConfigurableFilterDataProvider;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.billing.BillAdjustment;
import org.billingcenter.billing.BillDesk;
import org.billingcenter.billing.BillQuery;
import org.billingcenter.billing.BillService;
import org.billingcenter.billing.DeskBill;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.ui.Confirm;
import org.billingcenter.shared.ui.Forms;
import org.billingcenter.shared.ui.Paging;
import org.billingcenter.tenant.TenantRegistry;
import org.billingcenter.wallet.MoneyRules;

/**
 * Operators find an issued bill of any account of the tenant and correct it: a credit back to
 * the account or an extra charge, always with a reason and after a confirmation that says where
 * the money goes. The bill itself stays as issued; its adjustments are listed under it.
 */
@Route("operator/bills")
@Menu(order = 84, title = "menu.operatorBills")
@RolesAllowed(Role.Names.OPERATOR)
@RequiresFeature(Feature.PAY_AS_YOU_GO)
public class BillAdjustmentsView extends VerticalLayout implements HasDynamicTitle {

    enum Kind { CREDIT, CHARGE }

    final ComboBox<YearMonth> month = new ComboBox<>();
    final TextField account = new TextField();
    final Grid<DeskBill> bills = new Grid<>();
    final Paragraph selected = new Paragraph();
    final Grid<BillAdjustment> adjustments = new Grid<>();
    final RadioButtonGroup<Kind> kind = new RadioButtonGroup<>();
    final BigDecimalField amount = new BigDecimalField();
    final TextArea reason = new TextArea();
    final Button adjust = new Button();
    private final VerticalLayout form = new VerticalLayout();
    private final BillDesk desk;
    private final BillService billService;
    private final ConfigurableFilterDataProvider<DeskBill, Void, BillQuery> data;
    private DeskBill bill;
    /** One key per adjustment being written: a resubmit of the same one moves no more money. */
    private String key;

    public BillAdjustmentsView(BillDesk desk, BillService billService, Clock clock, TenantRegistry tenants) {
        this.desk = desk;
        this.billService = billService;
        month.setLabel(getTranslation("adjustments.month"));
        month.setId("adjustments-month");
        YearMonth current = YearMonth.now(clock.withZone(tenants.current().timeZone()));
        month.setItems(IntStream.rangeClosed(1, 24).mapToObj(current::minusMonths).toList());
        month.setItemLabelGenerator(YearMonth::toString);
        month.setClearButtonVisible(true);
        account.setLabel(getTranslation("adjustments.account"));
        account.setPlaceholder(getTranslation("adjustments.accountHint"));
        account.setId("adjustments-account");
        account.setValueChangeMode(ValueChangeMode.LAZY);
        account.setClearButtonVisible(true);

        bills.setId("adjustments-bills");
        bills.addColumn(row -> "#" + row.bill().accountId() + " " + row.accountName()).setHeader(getTranslation("adjustments.column.account"))
                .setFlexGrow(2);
        bills.addColumn(row -> row.bill().period().toString()).setHeader(getTranslation("bills.column.period")).setKey("period");
        bills.addColumn(row -> money(row.bill().total())).setHeader(getTranslation("bills.column.total")).setKey("total");
        bills.addColumn(row -> money(row.bill().cashPaid())).setHeader(getTranslation("bills.column.cash"));
        bills.addColumn(row -> money(row.bill().arrears())).setHeader(getTranslation("bills.column.arrears"));
        bills.addColumn(row -> money(row.bill().adjustments())).setHeader(getTranslation("adjustments.column.adjusted"))
                .setKey("adjusted");
        bills.setEmptyStateText(getTranslation("adjustments.empty"));
        bills.setPageSize(50);
        // Rows are the same bill by id, so the one being adjusted stays selected when the list refreshes.
        CallbackDataProvider<DeskBill, BillQuery> provider = new CallbackDataProvider<>(
                query -> desk.search(query.getFilter().orElse(BillQuery.all()), Paging.of(query)).stream(),
                query -> Paging.count(page -> desk.search(query.getFilter().orElse(BillQuery.all()), page)), row -> row.bill().id());
        data = provider.withConfigurableFilter();
        bills.setItems(data);
        bills.asSingleSelect().addValueChangeListener(change -> select(change.getValue()));
        month.addValueChangeListener(change -> filter());
        account.addValueChangeListener(change -> filter());

        adjustments.setId("adjustments-list");
        adjustments.addColumn(a -> money(a.amount())).setHeader(getTranslation("adjustments.column.amount")).setKey("amount");
        adjustments.addColumn(BillAdjustment::reason).setHeader(getTranslation("adjustments.column.reason")).setFlexGrow(3);
        adjustments.addColumn(BillAdjustment::by).setHeader(getTranslation("adjustments.column.by"));
        adjustments.setEmptyStateText(getTranslation("adjustments.none"));
        adjustments.setAllRowsVisible(true);

        kind.setLabel(getTranslation("adjustments.kind"));
        kind.setId("adjustments-kind");
        kind.setItems(Kind.values());
        kind.setItemLabelGenerator(k -> getTranslation("adjustments.kind." + k));
        kind.setValue(Kind.CREDIT);
        amount.setLabel(getTranslation("adjustments.amount"));
        amount.setId("adjustments-amount");
        reason.setLabel(getTranslation("adjustments.reason"));
        reason.setId("adjustments-reason");
        reason.setMaxLength(500);
        reason.setWidthFull();
        adjust.setText(getTranslation("adjustments.adjust"));
        adjust.setId("adjustments-adjust");
        adjust.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        adjust.addClickListener(click -> askToAdjust());
        Forms.clearErrorOnEdit(amount, reason);
        HorizontalLayout fields = new HorizontalLayout(kind, amount);
        fields.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setPadding(false);
        form.add(new H3(getTranslation("adjustments.formTitle")), selected, adjustments, fields, reason, adjust);
        form.setVisible(false);

        HorizontalLayout filters = new HorizontalLayout(month, account);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("adjustments.title")), new Paragraph(getTranslation("adjustments.intro")), filters, bills, form);
    }

    private void filter() {
        data.setFilter(new BillQuery(month.getValue(), account.getValue()));
    }

    private void select(DeskBill row) {
        bill = row;
        form.setVisible(row != null);
        if (row == null) {
            return;
        }
        key = UUID.randomUUID().toString();
        selected.setText(getTranslation("adjustments.selected", row.bill().period().toString(), "#" + row.bill().accountId() + " "
                + row.accountName(), money(row.bill().total())));
        adjustments.setItems(billService.issuedBill(row.bill().id()).adjustments());
        amount.clear();
        reason.clear();
    }

    private void askToAdjust() {
        Money typed;
        try {
            typed = MoneyRules.parsePositive(amount.getValue(), bill.bill().total().currency());
        } catch (BusinessRuleException invalid) {
            Forms.showError(amount, getTranslation(invalid.messageKey(), invalid.arguments()));
            return;
        }
        if (reason.getValue() == null || reason.getValue().isBlank()) {
            Forms.showError(reason, getTranslation("bill.adjustmentReason"));
            return;
        }
        Money signed = kind.getValue() == Kind.CHARGE ? typed : typed.negate();
        String account = "#" + bill.bill().accountId() + " " + bill.accountName();
        String question = getTranslation("adjustments.confirm." + kind.getValue(), money(typed), account, bill.bill().period().toString());
        Confirm.ask("adjustments-confirm", getTranslation("adjustments.title"), question, getTranslation("adjustments.adjust"),
                getTranslation("runs.cancel"), () -> submit(signed));
    }

    private void submit(Money signed) {
        try {
            desk.adjust(bill.bill().id(), signed, reason.getValue(), key);
            Forms.notifySuccess(getTranslation("adjustments.done", money(signed.isPositive() ? signed : signed.negate())));
            data.refreshAll();
            adjustments.setItems(billService.issuedBill(bill.bill().id()).adjustments());
            key = UUID.randomUUID().toString();
            amount.clear();
            reason.clear();
        } catch (BusinessRuleException refused) {
            Forms.notifyError(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private String money(Money value) {
        return BillingFormat.money(value, getLocale());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("adjustments.title");
    }
}
