package org.billingcenter.billing.ui;

import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.account.CloudAccountDetails;
import org.billingcenter.account.CloudAccountService;
import org.billingcenter.billing.BillService;
import org.billingcenter.billing.CloudBillLine;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.money.Money;
import org.billingcenter.tenant.TenantRegistry;

/** One cloud account's month: the consumption of every workspace settled into it, whatever its site, merged. */
@Route("cloud-bill")
@RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
public class CloudBillView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<CloudAccountDetails> cloudAccount = new ComboBox<>();
    final ComboBox<YearMonth> month = new ComboBox<>();
    final Grid<CloudBillLine> grid = new Grid<>();
    final Span total = new Span();
    private final BillService bills;
    private final TenantRegistry tenants;

    public CloudBillView(BillService bills, CloudAccountService cloudAccounts, TenantRegistry tenants, Clock clock) {
        this.bills = bills;
        this.tenants = tenants;
        cloudAccount.setId("cloud-bill-account");
        grid.setId("cloud-bill-grid");
        cloudAccount.setLabel(getTranslation("cloudBill.cloudAccount"));
        cloudAccount.setItems(cloudAccounts.mine());
        cloudAccount.setItemLabelGenerator(c -> c.provider() + " · " + c.cloudAccountId() + " (" + c.status() + ")");
        YearMonth now = YearMonth.now(clock.withZone(tenants.current().timeZone()));
        month.setLabel(getTranslation("cloudBill.month"));
        month.setItems(IntStream.range(0, 12).mapToObj(now::minusMonths).toList());
        month.setValue(now);
        grid.addColumn(CloudBillLine::workspaceId).setHeader(getTranslation("cloudBill.workspace"));
        grid.addColumn(l -> tenants.current().site(l.siteId()).map(s -> s.name()).orElse(l.siteId()))
                .setHeader(getTranslation("workspaces.column.site"));
        grid.addColumn(CloudBillLine::itemCode).setHeader(getTranslation("cloudBill.item"));
        grid.addColumn(l -> l.quantity().stripTrailingZeros().toPlainString()).setHeader(getTranslation("cloudBill.quantity"));
        grid.addColumn(l -> BillingFormat.money(l.amount(), getLocale())).setHeader(getTranslation("cloudBill.amount"));
        grid.setEmptyStateText(getTranslation("cloudBill.empty"));
        cloudAccount.addValueChangeListener(event -> refresh());
        month.addValueChangeListener(event -> refresh());
        add(new H2(getTranslation("cloudBill.title")), new HorizontalLayout(cloudAccount, month), grid, total);
    }

    private void refresh() {
        if (cloudAccount.getValue() == null || month.getValue() == null) {
            grid.setItems(List.of());
            total.setText("");
            return;
        }
        List<CloudBillLine> lines = bills.cloudBill(cloudAccount.getValue().id(), month.getValue());
        grid.setItems(lines);
        total.setText(lines.isEmpty() ? "" : getTranslation("cloudBill.total", BillingFormat.money(
                lines.stream().map(CloudBillLine::amount).reduce(Money::plus).orElseThrow(), getLocale())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cloudBill.title");
    }
}
