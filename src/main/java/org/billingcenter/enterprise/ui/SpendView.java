package org.billingcenter.enterprise.ui;

import java.io.OutputStream;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.enterprise.ContractInvoiceService;
import org.billingcenter.enterprise.PaymentMethod;
import org.billingcenter.enterprise.SpendGrouping;
import org.billingcenter.enterprise.SpendQuery;
import org.billingcenter.enterprise.SpendReport;
import org.billingcenter.enterprise.SpendService;
import org.billingcenter.shared.csv.CsvExport;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.ui.Forms;
import org.billingcenter.shared.ui.chart.ApexChart;
import org.billingcenter.shared.ui.chart.ChartSeries;
import org.billingcenter.shared.ui.chart.ChartType;
import org.billingcenter.tenant.TenantRegistry;

/** Spend by month across contracts and payment methods: a stacked chart, totals per group, CSV. */
@Route("enterprise/spend")
@Menu(order = 43, title = "menu.enterpriseSpend")
@RolesAllowed(Role.Names.ADMINISTRATOR)
@RequiresFeature(Feature.ENTERPRISE_CONTRACTS)
public class SpendView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final ComboBox<YearMonth> from = new ComboBox<>();
    final ComboBox<YearMonth> to = new ComboBox<>();
    final RadioButtonGroup<SpendGrouping> grouping = new RadioButtonGroup<>();
    final Select<PaymentMethod> method = new Select<>();
    final ApexChart chart = new ApexChart(ChartType.BAR);
    final Grid<Map.Entry<String, Money>> totals = new Grid<>();
    final Span grandTotal = new Span();
    private final SpendService spend;
    private final ContractInvoiceService invoices;
    private final YearMonth thisMonth;
    private volatile SpendReport shown;

    public SpendView(SpendService spend, ContractInvoiceService invoices, TenantRegistry tenants, Clock clock) {
        this.spend = spend;
        this.invoices = invoices;
        this.thisMonth = YearMonth.now(clock.withZone(tenants.current().timeZone()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (EnterpriseScreens.turnAwayNonEnterprise(event, invoices, this) || !totals.getColumns().isEmpty()) {
            return;
        }
        List<YearMonth> months = new ArrayList<>();
        for (int back = 35; back >= 0; back--) {
            months.add(thisMonth.minusMonths(back));
        }
        from.setId("spend-from");
        from.setLabel(getTranslation("enterprise.spend.from"));
        from.setItems(months);
        from.setValue(thisMonth.minusMonths(23));
        to.setId("spend-to");
        to.setLabel(getTranslation("enterprise.spend.to"));
        to.setItems(months);
        to.setValue(thisMonth);
        grouping.setId("spend-grouping");
        grouping.setLabel(getTranslation("enterprise.spend.stackBy"));
        grouping.setItems(SpendGrouping.values());
        grouping.setItemLabelGenerator(g -> EnterpriseScreens.label(this, g));
        grouping.setValue(SpendGrouping.CONTRACT);
        method.setId("spend-method");
        method.setLabel(getTranslation("enterprise.invoice.paymentMethod"));
        method.setItems(PaymentMethod.values());
        method.setEmptySelectionAllowed(true);
        method.setEmptySelectionCaption(getTranslation("enterprise.spend.allMethods"));
        method.setItemLabelGenerator(m -> EnterpriseScreens.label(this, m));
        from.addValueChangeListener(change -> refresh());
        to.addValueChangeListener(change -> refresh());
        grouping.addValueChangeListener(change -> refresh());
        method.addValueChangeListener(change -> refresh());

        chart.setId("spend-chart");
        chart.setStacked(true);
        chart.setNoDataText(getTranslation("enterprise.portfolio.chartEmpty"));
        totals.setId("spend-totals");
        totals.addColumn(Map.Entry::getKey).setHeader(getTranslation("enterprise.spend.group")).setKey("group");
        totals.addColumn(e -> EnterpriseScreens.money(e.getValue(), getLocale())).setHeader(getTranslation("enterprise.chargeback.total"))
                .setKey("total");
        totals.setAllRowsVisible(true);
        grandTotal.setId("spend-total");
        Anchor csv = new Anchor(csv(), AttachmentType.DOWNLOAD, getTranslation("enterprise.portfolio.csv"));
        csv.setId("spend-csv");
        HorizontalLayout filters = new HorizontalLayout(from, to, grouping, method, csv);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        add(new H2(getTranslation("enterprise.spend.title")), filters, chart, totals, grandTotal);
        refresh();
    }

    void refresh() {
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        try {
            SpendReport report = spend.spend(new SpendQuery(from.getValue(), to.getValue(), grouping.getValue(), method.getValue()));
            shown = report;
            chart.setMoneyFormat(report.total().currency());
            chart.setCategories(report.months().stream().map(YearMonth::toString).toList());
            chart.setSeries(report.byGroup().entrySet().stream().map(e -> new ChartSeries(groupLabel(e.getKey()),
                    e.getValue().stream().map(Money::amount).toList())).toList());
            totals.setItems(report.groupTotals().entrySet().stream().map(e -> Map.entry(groupLabel(e.getKey()), e.getValue())).toList());
            grandTotal.setText(getTranslation("enterprise.chargeback.sum", EnterpriseScreens.money(report.total(), getLocale())));
        } catch (BusinessRuleException refused) {
            Forms.notifyError(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private String groupLabel(String group) {
        return grouping.getValue() == SpendGrouping.PAYMENT_METHOD ? EnterpriseScreens.label(this, PaymentMethod.valueOf(group)) : group;
    }

    private DownloadHandler csv() {
        List<String> header = List.of(getTranslation("enterprise.spend.month"), getTranslation("enterprise.spend.group"),
                getTranslation("enterprise.chargeback.total"));
        Map<String, String> methods = new HashMap<>();
        for (PaymentMethod method : PaymentMethod.values()) {
            methods.put(method.name(), EnterpriseScreens.label(this, method));
        }
        return event -> {
            SpendReport report = shown;
            boolean byMethod = grouping.getValue() == SpendGrouping.PAYMENT_METHOD;
            event.setFileName("spend.csv");
            event.setContentType("text/csv;charset=UTF-8");
            try (OutputStream out = event.getOutputStream()) {
                CsvExport.write(out, header, row -> {
                    if (report != null) {
                        report.byGroup().forEach((group, amounts) -> {
                            for (int i = 0; i < amounts.size(); i++) {
                                row.print(List.of(report.months().get(i), byMethod ? methods.getOrDefault(group, group) : group, amounts.get(i).amount().toPlainString()));
                            }
                        });
                    }
                });
            }
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("enterprise.spend.title");
    }
}
