package org.billingcenter.enterprise.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.shared.ui.ResponsiveColumns;
import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.enterprise.ContractInvoiceService;
import org.billingcenter.enterprise.InvoiceQuery;
import org.billingcenter.enterprise.InvoiceSummary;
import org.billingcenter.enterprise.SitePortfolioReportService;
import org.billingcenter.shared.identity.Role;

/**
 * All contract invoices in one place: filter by year, search by number, open one, or view or
 * download its period's Site Portfolio Report.
 */
@Route("enterprise/invoices")
@Menu(order = 40, title = "menu.enterpriseInvoices")
@RolesAllowed(Role.Names.ADMINISTRATOR)
@RequiresFeature(Feature.ENTERPRISE_CONTRACTS)
public class InvoicesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The year filter's "all years" entry. */
    static final int ALL_YEARS = 0;

    final Select<Integer> year = new Select<>();
    final TextField number = new TextField();
    final Grid<InvoiceSummary> grid = new Grid<>();
    private final ContractInvoiceService invoices;
    private final SitePortfolioReportService report;

    public InvoicesView(ContractInvoiceService invoices, SitePortfolioReportService report) {
        this.invoices = invoices;
        this.report = report;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (EnterpriseScreens.turnAwayNonEnterprise(event, invoices, this) || !grid.getColumns().isEmpty()) {
            return;
        }
        List<Integer> years = new ArrayList<>(List.of(ALL_YEARS));
        years.addAll(invoices.years());
        year.setId("invoice-year");
        year.setLabel(getTranslation("enterprise.invoices.year"));
        year.setItems(years);
        year.setItemLabelGenerator(y -> y == null || y == ALL_YEARS ? getTranslation("enterprise.invoices.allYears") : String.valueOf(y));
        year.setValue(ALL_YEARS);
        number.setId("invoice-number");
        number.setLabel(getTranslation("enterprise.invoices.number"));
        number.setClearButtonVisible(true);
        number.setValueChangeMode(ValueChangeMode.LAZY);
        year.addValueChangeListener(change -> refresh());
        number.addValueChangeListener(change -> refresh());

        grid.setId("invoices-grid");
        // On a phone the number, date, status and total stay.
        ResponsiveColumns.hideBelow(grid, ResponsiveColumns.PHONE, 1, 2, 4);
        grid.addColumn(InvoiceSummary::number).setHeader(getTranslation("enterprise.invoice.number")).setKey("number").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(InvoiceSummary::contractNumber).setHeader(getTranslation("enterprise.invoice.contract")).setKey("contract");
        grid.addColumn(i -> i.previousDate() + " – " + i.invoiceDate()).setHeader(getTranslation("enterprise.invoice.period"));
        grid.addColumn(InvoiceSummary::invoiceDate).setHeader(getTranslation("enterprise.invoice.date")).setKey("date");
        grid.addColumn(i -> EnterpriseScreens.label(this, i.paymentMethod())).setHeader(getTranslation("enterprise.invoice.paymentMethod"));
        grid.addColumn(i -> EnterpriseScreens.label(this, i.status())).setHeader(getTranslation("enterprise.invoice.status"));
        grid.addColumn(i -> EnterpriseScreens.money(i.total(), getLocale())).setHeader(getTranslation("enterprise.invoice.total"))
                .setKey("total");
        grid.addComponentColumn(this::periodActions).setHeader(getTranslation("enterprise.invoices.report")).setKey("report")
                .setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("enterprise.invoices.empty"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(InvoiceView.class, click.getItem().id())));
        HorizontalLayout filters = new HorizontalLayout(year, number);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("enterprise.invoices.title")), filters, grid);
        refresh();
    }

    /** The period's Site Portfolio Report: open it, or download all of it as one CSV file. */
    private HorizontalLayout periodActions(InvoiceSummary invoice) {
        Button view = new Button(getTranslation("enterprise.invoices.view"),
                click -> getUI().ifPresent(ui -> ui.navigate(PortfolioReportView.class, invoice.id())));
        view.setId("view-report-" + invoice.id());
        view.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Anchor csv = new Anchor(WholeReportDownload.of(this, report, invoice.id(), invoice.number()), AttachmentType.DOWNLOAD,
                getTranslation("enterprise.portfolio.csv"));
        csv.setId("download-report-" + invoice.id());
        // Keeps these clicks from also opening the invoice, which a click on its row does.
        view.getElement().addEventListener("click", ignored -> { }).stopPropagation();
        csv.getElement().addEventListener("click", ignored -> { }).stopPropagation();
        HorizontalLayout actions = new HorizontalLayout(view, csv);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        return actions;
    }

    private void refresh() {
        Integer selected = year.getValue() == null || year.getValue() == ALL_YEARS ? null : year.getValue();
        grid.setItems(invoices.invoices(new InvoiceQuery(selected, number.getValue())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("enterprise.invoices.title");
    }
}
