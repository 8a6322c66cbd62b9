package org.billingcenter.billing.ui;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
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

import org.billingcenter.shared.ui.ResponsiveColumns;
import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.billing.BillService;
import org.billingcenter.billing.ConsumptionFilter;
import org.billingcenter.billing.ConsumptionRow;
import org.billingcenter.shared.csv.CsvExport;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.tenant.TenantDefinition.BillingItem;
import org.billingcenter.tenant.TenantRegistry;
import org.billingcenter.workspace.WorkspaceService;
import org.billingcenter.workspace.WorkspaceSummary;
import org.springframework.data.domain.PageRequest;

/** Consumption details: one row per workspace, item and day, filtered, paged lazily, exported as CSV. */
@Route("consumption")
@Menu(order = 4, title = "menu.consumption")
@RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
@RequiresFeature(Feature.PAY_AS_YOU_GO)
public class ConsumptionView extends VerticalLayout implements HasDynamicTitle {

    final ComboBox<WorkspaceSummary> workspace = new ComboBox<>();
    final ComboBox<BillingItem> item = new ComboBox<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final Grid<ConsumptionRow> grid = new Grid<>();
    private volatile ConsumptionFilter filter = ConsumptionFilter.ALL;

    public ConsumptionView(BillService bills, WorkspaceService workspaces, TenantRegistry tenants) {
        List<WorkspaceSummary> mine = workspaces.myWorkspaces();
        Map<Long, String> names = mine.stream().collect(Collectors.toMap(WorkspaceSummary::id, WorkspaceSummary::name));
        Map<String, String> items = tenants.current().priceList().stream().collect(Collectors.toMap(BillingItem::code, BillingItem::name));
        Map<String, String> units = tenants.current().priceList().stream().collect(Collectors.toMap(BillingItem::code, BillingItem::unit));
        workspace.setLabel(getTranslation("consumption.workspace"));
        workspace.setId("consumption-workspace");
        workspace.setItems(mine);
        workspace.setItemLabelGenerator(WorkspaceSummary::name);
        workspace.setClearButtonVisible(true);
        item.setLabel(getTranslation("consumption.item"));
        item.setId("consumption-item");
        item.setItems(tenants.current().priceList());
        item.setItemLabelGenerator(BillingItem::name);
        item.setClearButtonVisible(true);
        from.setLabel(getTranslation("wallet.filter.from"));
        to.setLabel(getTranslation("wallet.filter.to"));
        from.addValueChangeListener(change -> to.setMin(change.getValue()));
        List.of(workspace, item).forEach(box -> box.addValueChangeListener(change -> applyFilter()));
        from.addValueChangeListener(change -> applyFilter());
        to.addValueChangeListener(change -> applyFilter());

        grid.setId("consumption-grid");
        // On a phone the day, workspace, item, amount and who paid stay.
        ResponsiveColumns.hideBelow(grid, ResponsiveColumns.PHONE, 3, 4, 5, 6, 8);
        grid.addColumn(row -> row.day().toString()).setHeader(getTranslation("consumption.column.day")).setKey("day").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(row -> names.getOrDefault(row.workspaceId(), "#" + row.workspaceId()))
                .setHeader(getTranslation("bill.column.workspace")).setKey("workspace");
        grid.addColumn(row -> items.getOrDefault(row.itemCode(), row.itemCode())).setHeader(getTranslation("bill.column.item")).setKey("item");
        grid.addColumn(row -> row.quantity().toPlainString()).setHeader(getTranslation("consumption.column.quantity"));
        grid.addColumn(row -> units.getOrDefault(row.itemCode(), "")).setHeader(getTranslation("consumption.column.unit")).setKey("unit");
        grid.addColumn(row -> row.unitPrice().toPlainString()).setHeader(getTranslation("consumption.column.unitPrice"));
        grid.addColumn(row -> String.valueOf(row.retentionDays())).setHeader(getTranslation("consumption.column.retention"));
        grid.addColumn(row -> BillingFormat.money(row.amount(), getLocale())).setHeader(getTranslation("bill.column.amount")).setKey("amount");
        grid.addColumn(row -> getTranslation("settlement." + row.settlement())).setHeader(getTranslation("bill.column.settlement"));
        grid.addColumn(this::paidBy).setHeader(getTranslation("consumption.column.paidBy")).setKey("paid-by");
        grid.setEmptyStateText(getTranslation("consumption.empty"));
        grid.setItems(query -> bills.myConsumption(filter, BillingFormat.page(query)).stream(),
                query -> Math.toIntExact(bills.myConsumption(filter, PageRequest.of(0, 1)).getTotalElements()));

        Anchor csv = new Anchor(download(bills, names, items, units), AttachmentType.DOWNLOAD, getTranslation("wallet.csv"));
        csv.setId("consumption-csv");
        HorizontalLayout filters = new HorizontalLayout(workspace, item, from, to, csv);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        setSizeFull();
        add(new H2(getTranslation("menu.consumption")), new Paragraph(getTranslation("consumption.payPerUseOnly")), filters, grid);
    }

    /** The means that paid the line's charge, in the reader's words; "not charged yet" before the day's charge. */
    private String paidBy(ConsumptionRow row) {
        if (row.paidBy().isEmpty()) {
            return getTranslation("consumption.notCharged");
        }
        return row.paidBy().stream().map(paid -> getTranslation("consumption.paidBy." + paid)).collect(Collectors.joining(", "));
    }

    private void applyFilter() {
        filter = new ConsumptionFilter(workspace.getValue() == null ? null : workspace.getValue().id(),
                item.getValue() == null ? null : item.getValue().code(), from.getValue(), to.getValue());
        grid.getDataProvider().refreshAll();
    }

    private DownloadHandler download(BillService bills, Map<Long, String> names, Map<String, String> items, Map<String, String> units) {
        List<String> header = List.of(getTranslation("consumption.column.day"), getTranslation("bill.column.workspace"),
                getTranslation("bill.column.item"), getTranslation("consumption.column.quantity"), getTranslation("consumption.column.unit"),
                getTranslation("consumption.column.unitPrice"), getTranslation("consumption.column.retention"),
                getTranslation("bill.column.amount"), getTranslation("bills.column.currency"), getTranslation("bill.column.settlement"),
                getTranslation("consumption.column.paidBy"));
        return event -> {
            ConsumptionFilter current = filter;
            event.setFileName("consumption.csv");
            event.setContentType("text/csv;charset=UTF-8");
            try (OutputStream out = event.getOutputStream()) {
                CsvExport.write(out, header, csv -> bills.eachConsumption(current, row -> csv.print(List.of(row.day().toString(),
                        names.getOrDefault(row.workspaceId(), "#" + row.workspaceId()), items.getOrDefault(row.itemCode(), row.itemCode()),
                        row.quantity().toPlainString(), units.getOrDefault(row.itemCode(), ""), row.unitPrice().toPlainString(),
                        row.retentionDays(), row.amount().amount().toPlainString(), row.amount().currency().getCurrencyCode(),
                        getTranslation("settlement." + row.settlement()), paidBy(row)))));
            }
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.consumption");
    }
}
