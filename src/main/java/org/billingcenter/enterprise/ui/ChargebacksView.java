package org.billingcenter.enterprise.ui;

import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.enterprise.Chargeback;
import org.billingcenter.enterprise.ChargebackRow;
import org.billingcenter.enterprise.ChargebackRules;
import org.billingcenter.enterprise.ChargebackService;
import org.billingcenter.enterprise.SavedChargebackRule;
import org.billingcenter.enterprise.ContractInvoiceService;
import org.billingcenter.enterprise.InvoiceQuery;
import org.billingcenter.enterprise.InvoiceSummary;
import org.billingcenter.enterprise.SharedCostRule;
import org.billingcenter.shared.csv.CsvExport;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.ui.Forms;
import org.billingcenter.shared.ui.chart.ApexChart;
import org.billingcenter.shared.ui.chart.ChartSeries;
import org.billingcenter.shared.ui.chart.ChartType;

/**
 * Chargebacks: one invoice, or every invoice of a year, allocated to departments with the chosen
 * rule for shared costs; the table always adds up to the invoiced total (the untagged row included).
 */
@Route("enterprise/chargebacks")
@Menu(order = 42, title = "menu.enterpriseChargebacks")
@RolesAllowed(Role.Names.ADMINISTRATOR)
@RequiresFeature(Feature.ENTERPRISE_CONTRACTS)
public class ChargebacksView extends VerticalLayout implements HasUrlParameter<Long>, BeforeEnterObserver, HasDynamicTitle {

    final Select<InvoiceSummary> invoice = new Select<>();
    final Select<Integer> year = new Select<>();
    final RadioButtonGroup<SharedCostRule.Basis> basis = new RadioButtonGroup<>();
    final Map<String, BigDecimalField> percentages = new LinkedHashMap<>();
    final HorizontalLayout percentageFields = new HorizontalLayout();
    final Grid<ChargebackRow> grid = new Grid<>();
    final Span total = new Span();
    final ApexChart chart = new ApexChart(ChartType.BAR);
    final Button apply = new Button();
    final ComboBox<SavedChargebackRule> savedRule = new ComboBox<>();
    final TextField ruleName = new TextField();
    final Button saveRule = new Button();
    private final ChargebackService chargebacks;
    private final ChargebackRules rules;
    private final ContractInvoiceService invoices;
    private Long requested;
    private volatile Chargeback shown;

    public ChargebacksView(ChargebackService chargebacks, ChargebackRules rules, ContractInvoiceService invoices) {
        this.chargebacks = chargebacks;
        this.rules = rules;
        this.invoices = invoices;
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter Long invoiceId) {
        this.requested = invoiceId;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (EnterpriseScreens.turnAwayNonEnterprise(event, invoices, this)) {
            return;
        }
        removeAll();
        List<InvoiceSummary> all = invoices.invoices(new InvoiceQuery(null, null));
        invoice.setId("chargeback-invoice");
        invoice.setLabel(getTranslation("enterprise.chargeback.invoice"));
        invoice.setItems(all);
        invoice.setItemLabelGenerator(i -> i == null ? "" : i.number() + " (" + i.invoiceDate() + ")");
        invoice.setEmptySelectionAllowed(true);
        invoice.setEmptySelectionCaption(getTranslation("enterprise.chargeback.wholeYear"));
        all.stream().filter(i -> requested == null || i.id() == requested).findFirst().ifPresent(invoice::setValue);
        year.setId("chargeback-year");
        year.setLabel(getTranslation("enterprise.chargeback.year"));
        year.setItems(invoices.years());
        invoices.years().stream().findFirst().ifPresent(year::setValue);
        basis.setId("chargeback-basis");
        basis.setLabel(getTranslation("enterprise.chargeback.rule"));
        basis.setItems(SharedCostRule.Basis.values());
        basis.setItemLabelGenerator(b -> EnterpriseScreens.label(this, b));
        basis.setValue(SharedCostRule.Basis.SITE_COUNT);
        basis.addValueChangeListener(change -> percentageFields.setVisible(change.getValue() == SharedCostRule.Basis.FIXED_PERCENTAGES));
        percentageFields.setId("chargeback-percentages");
        percentageFields.setWrap(true);
        percentageFields.setVisible(false);
        for (String department : chargebacks.departments()) {
            BigDecimalField field = new BigDecimalField(department);
            field.setId("percent-" + department.replaceAll("[^A-Za-z0-9]", ""));
            field.setSuffixComponent(new Span("%"));
            field.setWidth("9em");
            percentages.put(department, field);
            percentageFields.add(field);
        }
        apply.setText(getTranslation("enterprise.chargeback.apply"));
        apply.setId("chargeback-apply");
        apply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        apply.addClickListener(click -> allocate());

        grid.setId("chargeback-grid");
        grid.addColumn(r -> r.untagged() ? getTranslation("enterprise.chargeback.untagged") : r.department())
                .setHeader(getTranslation("enterprise.chargeback.department")).setKey("department");
        grid.addColumn(ChargebackRow::activeSites).setHeader(getTranslation("enterprise.chargeback.sites"));
        grid.addColumn(r -> EnterpriseScreens.money(r.direct(), getLocale())).setHeader(getTranslation("enterprise.chargeback.direct"));
        grid.addColumn(r -> EnterpriseScreens.money(r.shared(), getLocale())).setHeader(getTranslation("enterprise.chargeback.shared"));
        grid.addColumn(r -> EnterpriseScreens.money(r.total(), getLocale())).setHeader(getTranslation("enterprise.chargeback.total"))
                .setKey("total");
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("enterprise.invoices.empty"));
        total.setId("chargeback-total");
        chart.setId("chargeback-chart");
        chart.setStacked(true);
        chart.setNoDataText(getTranslation("enterprise.portfolio.chartEmpty"));
        Anchor csv = new Anchor(csv(), AttachmentType.DOWNLOAD, getTranslation("enterprise.portfolio.csv"));
        csv.setId("chargeback-csv");

        savedRule.setId("chargeback-saved-rule");
        savedRule.setLabel(getTranslation("enterprise.rules.saved"));
        savedRule.setPlaceholder(getTranslation("enterprise.rules.none"));
        savedRule.setItemLabelGenerator(SavedChargebackRule::name);
        savedRule.setItems(rules.rules());
        savedRule.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                use(change.getValue());
            }
        });
        ruleName.setId("chargeback-rule-name");
        ruleName.setLabel(getTranslation("enterprise.rules.name"));
        ruleName.setMaxLength(100);
        saveRule.setText(getTranslation("enterprise.rules.save"));
        saveRule.setId("chargeback-save-rule");
        saveRule.addClickListener(click -> saveRule());
        HorizontalLayout saved = new HorizontalLayout(savedRule, ruleName, saveRule);
        saved.setAlignItems(FlexComponent.Alignment.BASELINE);
        saved.setWrap(true);

        HorizontalLayout choices = new HorizontalLayout(invoice, year, basis, apply);
        choices.setAlignItems(FlexComponent.Alignment.BASELINE);
        choices.setWrap(true);
        add(new H2(getTranslation("enterprise.chargeback.title")), saved, choices, percentageFields, grid, new HorizontalLayout(total, csv), chart);
        allocate();
    }

    void allocate() {
        SharedCostRule rule = rule();
        try {
            if (invoice.getValue() != null) {
                Chargeback one = chargebacks.allocate(invoice.getValue().id(), rule);
                show(one, List.of(one));
            } else if (year.getValue() != null) {
                List<Chargeback> ofYear = chargebacks.allocateYear(year.getValue(), rule);
                var currency = ofYear.isEmpty() ? null : ofYear.getFirst().total().currency();
                show(currency == null ? null : ChargebackService.total(String.valueOf(year.getValue()), ofYear, currency), ofYear);
            }
        } catch (BusinessRuleException refused) {
            Forms.notifyError(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    /** Puts a saved rule's method and shares into the form and allocates with it. */
    private void use(SavedChargebackRule saved) {
        basis.setValue(saved.rule().basis());
        percentages.forEach((department, field) -> field.setValue(saved.rule().percentages().get(department)));
        ruleName.setValue(saved.name());
        allocate();
    }

    void saveRule() {
        try {
            rules.save(ruleName.getValue(), rule());
            savedRule.setItems(rules.rules());
            Forms.notifySuccess(getTranslation("enterprise.rules.saved.done", ruleName.getValue().strip()));
        } catch (BusinessRuleException refused) {
            Forms.notifyError(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private SharedCostRule rule() {
        if (basis.getValue() != SharedCostRule.Basis.FIXED_PERCENTAGES) {
            return new SharedCostRule(basis.getValue(), Map.of());
        }
        Map<String, BigDecimal> shares = new LinkedHashMap<>();
        percentages.forEach((department, field) -> shares.put(department, field.getValue() == null ? BigDecimal.ZERO : field.getValue()));
        return SharedCostRule.fixed(shares);
    }

    private void show(Chargeback chargeback, List<Chargeback> parts) {
        shown = chargeback;
        grid.setItems(chargeback == null ? List.of() : chargeback.rows());
        total.setText(chargeback == null ? "" : getTranslation("enterprise.chargeback.sum", EnterpriseScreens.money(chargeback.total(), getLocale())));
        List<String> departments = chargeback == null ? List.of() : chargeback.rows().stream().map(ChargebackRow::department).toList();
        chart.setCategories(parts.stream().map(Chargeback::title).toList());
        List<ChartSeries> series = new ArrayList<>();
        for (String department : departments) {
            series.add(new ChartSeries(ChargebackService.UNTAGGED.equals(department) ? getTranslation("enterprise.chargeback.untagged") : department,
                    parts.stream().map(part -> part.rows().stream().filter(r -> r.department().equals(department))
                            .map(r -> r.total().amount()).findFirst().orElse(BigDecimal.ZERO)).toList()));
        }
        if (chargeback != null) {
            chart.setMoneyFormat(chargeback.total().currency());
        }
        chart.setSeries(series);
    }

    private DownloadHandler csv() {
        List<String> header = List.of(getTranslation("enterprise.chargeback.department"), getTranslation("enterprise.chargeback.sites"),
                getTranslation("enterprise.chargeback.direct"), getTranslation("enterprise.chargeback.shared"),
                getTranslation("enterprise.chargeback.total"));
        String untagged = getTranslation("enterprise.chargeback.untagged");
        return event -> {
            Chargeback current = shown;
            event.setFileName("chargeback-" + (current == null ? "none" : current.title()) + ".csv");
            event.setContentType("text/csv;charset=UTF-8");
            try (OutputStream out = event.getOutputStream()) {
                CsvExport.write(out, header, row -> {
                    if (current != null) {
                        current.rows().forEach(r -> row.print(List.of(r.untagged() ? untagged : r.department(), r.activeSites(),
                                r.direct().amount().toPlainString(), r.shared().amount().toPlainString(), r.total().amount().toPlainString())));
                    }
                });
            }
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("enterprise.chargeback.title");
    }
}
