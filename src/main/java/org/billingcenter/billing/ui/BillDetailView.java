package org.billingcenter.billing.ui;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.component.html.AttachmentType;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.billing.BillDetail;
import org.billingcenter.billing.BillLine;
import org.billingcenter.billing.BillService;
import org.billingcenter.billing.BillSummary;
import org.billingcenter.shared.csv.CsvExport;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.ui.FigureCard;
import org.billingcenter.shared.ui.ResponsiveColumns;
import org.billingcenter.shared.ui.chart.ApexChart;
import org.billingcenter.shared.ui.chart.ChartSeries;
import org.billingcenter.shared.ui.chart.ChartType;

/** One bill: what it cost and what paid it, cost by item and by workspace, its lines, and CSV. */
@Route("bill")
@RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
@RequiresFeature(Feature.PAY_AS_YOU_GO)
public class BillDetailView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final BillService bills;
    final Grid<BillLine> lines = new Grid<>();
    final ApexChart byItem = new ApexChart(ChartType.DONUT);
    final ApexChart byWorkspace = new ApexChart(ChartType.BAR);
    private String title;

    public BillDetailView(BillService bills) {
        this.bills = bills;
        title = getTranslation("bill.title");
    }

    @Override
    public void setParameter(BeforeEvent event, Long billId) {
        removeAll();
        Anchor back = new Anchor("bills", getTranslation("bill.back"));
        BillDetail detail;
        try {
            detail = bills.myBill(billId == null ? -1 : billId);
        } catch (BusinessRuleException notFound) {
            add(back, new Paragraph(getTranslation("bill.notFound")));
            return;
        }
        BillSummary bill = detail.summary();
        title = getTranslation("bill.titleFor", bill.period().toString());
        Div figures = new Div(figure("bill.total", bill.total(), "bill-total").primary(), figure("bills.column.vouchers", bill.voucherPaid(), "bill-vouchers"),
                figure("bills.column.cards", bill.cardPaid(), "bill-cards"), figure("bills.column.cash", bill.cashPaid(), "bill-cash"),
                figure("bills.column.cloud", bill.cloudPaid(), "bill-cloud"), figure("bills.column.arrears", bill.arrears(), "bill-arrears"));
        figures.addClassName("bc-cards");
        figures.setWidthFull();

        Map<String, BigDecimal> items = new LinkedHashMap<>();
        Map<String, BigDecimal> workspaces = new LinkedHashMap<>();
        detail.lines().forEach(line -> {
            items.merge(line.itemName(), line.amount().amount(), BigDecimal::add);
            workspaces.merge(line.workspaceName(), line.amount().amount(), BigDecimal::add);
        });
        byItem.setId("bill-by-item");
        byItem.setTitle(getTranslation("bill.byItem"));
        byItem.setDonut(List.copyOf(items.keySet()), List.copyOf(items.values()));
        byItem.setMoneyFormat(bill.total().currency());
        byItem.setNoDataText(getTranslation("bill.noLines"));
        byWorkspace.setId("bill-by-workspace");
        byWorkspace.setTitle(getTranslation("bill.byWorkspace"));
        byWorkspace.setCategories(List.copyOf(workspaces.keySet()));
        if (!workspaces.isEmpty()) {
            byWorkspace.setSeries(List.of(new ChartSeries(getTranslation("bill.cost"), List.copyOf(workspaces.values()))));
        }
        byWorkspace.setMoneyFormat(bill.total().currency());
        byWorkspace.setNoDataText(getTranslation("bill.noLines"));
        HorizontalLayout charts = ResponsiveColumns.sideBySide(byItem, byWorkspace);

        lines.setId("bill-lines");
        lines.addColumn(BillLine::workspaceName).setHeader(getTranslation("bill.column.workspace")).setKey("workspace");
        lines.addColumn(BillLine::itemName).setHeader(getTranslation("bill.column.item")).setKey("item");
        lines.addColumn(line -> getTranslation("settlement." + line.settlement())).setHeader(getTranslation("bill.column.settlement"));
        lines.addColumn(line -> line.units().toPlainString()).setHeader(getTranslation("bill.column.units"));
        lines.addColumn(line -> BillingFormat.money(line.amount(), getLocale())).setHeader(getTranslation("bill.column.amount")).setKey("amount");
        lines.setItems(detail.lines());
        lines.setEmptyStateText(getTranslation("bill.noLines"));

        Anchor csv = new Anchor(download(detail), AttachmentType.DOWNLOAD, getTranslation("bill.csv"));
        csv.setId("bill-csv");
        add(back, new H2(title), figures, charts, csv, lines);
        if (!detail.adjustments().isEmpty()) {
            detail.adjustments().forEach(adjustment -> add(new Paragraph(getTranslation("bill.adjustment",
                    BillingFormat.money(adjustment.amount(), getLocale()), adjustment.reason()))));
        }
    }

    private DownloadHandler download(BillDetail detail) {
        List<String> header = List.of(getTranslation("bills.column.period"), getTranslation("bill.column.workspace"),
                getTranslation("bill.column.item"), getTranslation("bill.column.settlement"), getTranslation("bill.column.units"),
                getTranslation("bill.column.amount"), getTranslation("bills.column.currency"));
        // Labels now, on the UI thread: the download request that writes the file has no UI to translate with.
        Map<String, String> settlements = Map.of("WALLET", getTranslation("settlement.WALLET"), "CLOUD_ACCOUNT",
                getTranslation("settlement.CLOUD_ACCOUNT"));
        return event -> {
            event.setFileName("bill-" + detail.summary().period() + ".csv");
            event.setContentType("text/csv;charset=UTF-8");
            try (OutputStream out = event.getOutputStream()) {
                CsvExport.write(out, header, row -> detail.lines().forEach(line -> row.print(List.of(detail.summary().period().toString(),
                        line.workspaceName(), line.itemName(), settlements.getOrDefault(line.settlement(), line.settlement()), line.units().toPlainString(),
                        line.amount().amount().toPlainString(), line.amount().currency().getCurrencyCode()))));
            }
        };
    }

    private FigureCard figure(String key, Money amount, String id) {
        return new FigureCard(getTranslation(key), BillingFormat.money(amount, getLocale()), id);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
