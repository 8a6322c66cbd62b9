package org.billingcenter.billing.ui;

import java.io.OutputStream;
import java.time.YearMonth;
import java.util.List;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.billing.BillPeriods;
import org.billingcenter.billing.BillService;
import org.billingcenter.billing.BillSummary;
import org.billingcenter.billing.BillingProperties;
import org.billingcenter.shared.csv.CsvExport;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.ui.ResponsiveColumns;
import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.tenant.TenantRegistry;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;

/** The account's monthly bills, newest first, filtered by month and exported as CSV; a row opens the bill. */
@Route("bills")
@Menu(order = 3, title = "menu.bills")
@RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
@RequiresFeature(Feature.PAY_AS_YOU_GO)
public class BillsView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<YearMonth> from = new ComboBox<>();
    final ComboBox<YearMonth> to = new ComboBox<>();
    final Grid<BillSummary> grid = new Grid<>();
    private volatile BillPeriods periods = BillPeriods.ALL;

    public BillsView(BillService bills, BillingProperties properties, TenantRegistry tenants) {
        List<YearMonth> months = bills.myBills(Pageable.unpaged()).stream().map(BillSummary::period).toList();
        from.setId("bills-from");
        from.setLabel(getTranslation("wallet.filter.from"));
        to.setId("bills-to");
        to.setLabel(getTranslation("wallet.filter.to"));
        for (ComboBox<YearMonth> month : List.of(from, to)) {
            month.setItems(months);
            month.setItemLabelGenerator(YearMonth::toString);
            month.setClearButtonVisible(true);
            month.addValueChangeListener(change -> applyFilter());
        }

        grid.setId("bills-grid");
        // On a phone the period, total and arrears stay; how it was paid is in the bill itself.
        ResponsiveColumns.hideBelow(grid, ResponsiveColumns.PHONE, 2, 3, 4, 5);
        grid.addColumn(bill -> bill.period().toString()).setHeader(getTranslation("bills.column.period")).setKey("period")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(bill -> BillingFormat.money(bill.total(), getLocale())).setHeader(getTranslation("bills.column.total")).setKey("total");
        grid.addColumn(bill -> BillingFormat.money(bill.voucherPaid(), getLocale())).setHeader(getTranslation("bills.column.vouchers"));
        grid.addColumn(bill -> BillingFormat.money(bill.cardPaid(), getLocale())).setHeader(getTranslation("bills.column.cards"));
        grid.addColumn(bill -> BillingFormat.money(bill.cashPaid(), getLocale())).setHeader(getTranslation("bills.column.cash"));
        grid.addColumn(bill -> BillingFormat.money(bill.cloudPaid(), getLocale())).setHeader(getTranslation("bills.column.cloud"));
        grid.addColumn(bill -> BillingFormat.money(bill.arrears(), getLocale())).setHeader(getTranslation("bills.column.arrears"))
                .setKey("arrears");
        grid.setEmptyStateText(getTranslation(months.isEmpty() ? "bills.empty" : "bills.emptyFiltered"));
        grid.setItems(query -> bills.myBills(periods, BillingFormat.page(query)).stream(),
                query -> Math.toIntExact(bills.myBills(periods, PageRequest.of(0, 1)).getTotalElements()));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(BillDetailView.class, click.getItem().id())));

        Anchor csv = new Anchor(download(bills), AttachmentType.DOWNLOAD, getTranslation("wallet.csv"));
        csv.setId("bills-csv");
        HorizontalLayout filters = new HorizontalLayout(from, to, csv);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        setSizeFull();
        add(new H2(getTranslation("menu.bills")),
                new Paragraph(getTranslation("bills.intro", properties.issueDayOf(tenants.current().id()))), filters, grid);
    }

    private void applyFilter() {
        if (from.getValue() != null && to.getValue() != null && from.getValue().isAfter(to.getValue())) {
            to.setInvalid(true);
            to.setErrorMessage(getTranslation("bills.filter.order"));
            return;
        }
        to.setInvalid(false);
        periods = new BillPeriods(from.getValue(), to.getValue());
        grid.getDataProvider().refreshAll();
    }

    private DownloadHandler download(BillService bills) {
        List<String> header = List.of(getTranslation("bills.column.period"), getTranslation("bills.column.total"),
                getTranslation("bills.column.vouchers"), getTranslation("bills.column.cards"), getTranslation("bills.column.cash"),
                getTranslation("bills.column.cloud"), getTranslation("bills.column.arrears"), getTranslation("bills.column.currency"));
        return event -> {
            BillPeriods current = periods;
            event.setFileName("bills.csv");
            event.setContentType("text/csv;charset=UTF-8");
            try (OutputStream out = event.getOutputStream()) {
                // One row per month: an account's whole list is small enough to read at once.
                CsvExport.write(out, header, csv -> bills.myBills(current, Pageable.unpaged()).forEach(bill -> csv.print(List.of(
                        bill.period().toString(), plain(bill.total()), plain(bill.voucherPaid()), plain(bill.cardPaid()),
                        plain(bill.cashPaid()), plain(bill.cloudPaid()), plain(bill.arrears()),
                        bill.total().currency().getCurrencyCode()))));
            }
        };
    }

    private static String plain(Money money) {
        return money.amount().toPlainString();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.bills");
    }
}
