package org.billingcenter.billing.ui;

import java.io.OutputStream;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.account.CloudAccountDetails;
import org.billingcenter.account.CloudAccountService;
import org.billingcenter.billing.BillService;
import org.billingcenter.billing.CloudBillLine;
import org.billingcenter.shared.csv.CsvExport;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.money.Money;
import org.billingcenter.tenant.TenantRegistry;

/** One cloud account's month: the consumption of every workspace settled into it, whatever its site, merged. */
@Route("cloud-bill")
@Menu(order = 5, title = "menu.cloudBill")
@RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
@RequiresFeature(Feature.CLOUD_SETTLEMENT)
public class CloudBillView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<CloudAccountDetails> cloudAccount = new ComboBox<>();
    final ComboBox<YearMonth> month = new ComboBox<>();
    final Grid<CloudBillLine> grid = new Grid<>();
    final Span total = new Span();
    final Span payments = new Span();
    final Anchor csv = new Anchor();
    private final BillService bills;
    private final TenantRegistry tenants;

    public CloudBillView(BillService bills, CloudAccountService cloudAccounts, TenantRegistry tenants, Clock clock) {
        this.bills = bills;
        this.tenants = tenants;
        cloudAccount.setId("cloud-bill-account");
        month.setId("cloud-bill-month");
        grid.setId("cloud-bill-grid");
        cloudAccount.setLabel(getTranslation("cloudBill.cloudAccount"));
        List<CloudAccountDetails> mine = cloudAccounts.mine();
        cloudAccount.setItems(mine);
        cloudAccount.setItemLabelGenerator(c -> c.provider() + " · " + c.cloudAccountId() + " (" + c.status() + ")");
        YearMonth now = YearMonth.now(clock.withZone(tenants.current().timeZone()));
        month.setLabel(getTranslation("cloudBill.month"));
        month.setItems(IntStream.range(0, 12).mapToObj(now::minusMonths).toList());
        month.setValue(now);
        grid.addColumn(CloudBillLine::workspaceId).setHeader(getTranslation("cloudBill.workspace"));
        grid.addColumn(l -> siteName(l.siteId()))
                .setHeader(getTranslation("workspaces.column.site"));
        grid.addColumn(CloudBillLine::itemCode).setHeader(getTranslation("cloudBill.item"));
        grid.addColumn(l -> l.quantity().stripTrailingZeros().toPlainString()).setHeader(getTranslation("cloudBill.quantity"));
        grid.addColumn(l -> BillingFormat.money(l.amount(), getLocale())).setHeader(getTranslation("cloudBill.amount"));
        grid.setEmptyStateText(getTranslation("cloudBill.empty"));
        cloudAccount.addValueChangeListener(event -> refresh());
        month.addValueChangeListener(event -> refresh());
        csv.setText(getTranslation("cloudBill.csv"));
        csv.setId("cloud-bill-csv");
        csv.setVisible(false);
        payments.setId("cloud-bill-payments");
        add(new H2(getTranslation("cloudBill.title")), new HorizontalLayout(cloudAccount, month), grid, total, payments, csv);
        // Most accounts have one cloud account: its bill is what they came for.
        if (mine.size() == 1) {
            cloudAccount.setValue(mine.getFirst());
        }
    }

    private void refresh() {
        if (cloudAccount.getValue() == null || month.getValue() == null) {
            grid.setItems(List.of());
            total.setText("");
            payments.setText("");
            csv.setVisible(false);
            return;
        }
        List<CloudBillLine> lines = bills.cloudBill(cloudAccount.getValue().id(), month.getValue());
        grid.setItems(lines);
        csv.setHref(download(cloudAccount.getValue(), month.getValue(), lines), AttachmentType.DOWNLOAD);
        csv.setVisible(true);
        total.setText(lines.isEmpty() ? "" : getTranslation("cloudBill.total", BillingFormat.money(
                lines.stream().map(CloudBillLine::amount).reduce(Money::plus).orElseThrow(), getLocale())));
        // Vouchers and cards pay cloud-settled usage first; the marketplace bills only the rest.
        payments.setText(bills.cloudBillPayments(cloudAccount.getValue().id(), month.getValue())
                .map(paid -> getTranslation("cloudBill.payments", BillingFormat.money(paid.vouchers(), getLocale()),
                        BillingFormat.money(paid.cards(), getLocale()), BillingFormat.money(paid.cloudAccount(), getLocale())))
                .orElse(""));
    }

    /** The month's lines as shown, for a spreadsheet or the cloud provider's reconciliation. */
    private DownloadHandler download(CloudAccountDetails account, YearMonth period, List<CloudBillLine> lines) {
        List<String> header = List.of(getTranslation("cloudBill.month"), getTranslation("cloudBill.cloudAccount"),
                getTranslation("cloudBill.workspace"), getTranslation("workspaces.column.site"), getTranslation("cloudBill.item"),
                getTranslation("cloudBill.quantity"), getTranslation("cloudBill.amount"),
                getTranslation("bills.column.currency"));
        return event -> {
            event.setFileName("cloud-bill-" + account.provider() + "-" + account.cloudAccountId() + "-" + period + ".csv");
            event.setContentType("text/csv;charset=UTF-8");
            try (OutputStream out = event.getOutputStream()) {
                CsvExport.write(out, header, row -> lines.forEach(line -> row.print(List.of(period.toString(), account.cloudAccountId(),
                        line.workspaceId(), siteName(line.siteId()), line.itemCode(), line.quantity().stripTrailingZeros().toPlainString(),
                        line.amount().amount().toPlainString(), line.amount().currency().getCurrencyCode()))));
            }
        };
    }

    private String siteName(String siteId) {
        return tenants.current().site(siteId).map(s -> s.name()).orElse(siteId);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cloudBill.title");
    }
}
