package org.billingcenter.enterprise.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
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
import org.billingcenter.shared.identity.Role;

/** All contract invoices in one place: filter by year, search by number, open one. */
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

    public InvoicesView(ContractInvoiceService invoices) {
        this.invoices = invoices;
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
        grid.addColumn(InvoiceSummary::number).setHeader(getTranslation("enterprise.invoice.number")).setKey("number");
        grid.addColumn(InvoiceSummary::contractNumber).setHeader(getTranslation("enterprise.invoice.contract")).setKey("contract");
        grid.addColumn(i -> i.previousDate() + " – " + i.invoiceDate()).setHeader(getTranslation("enterprise.invoice.period"));
        grid.addColumn(InvoiceSummary::invoiceDate).setHeader(getTranslation("enterprise.invoice.date")).setKey("date");
        grid.addColumn(i -> EnterpriseScreens.label(this, i.paymentMethod())).setHeader(getTranslation("enterprise.invoice.paymentMethod"));
        grid.addColumn(i -> EnterpriseScreens.label(this, i.status())).setHeader(getTranslation("enterprise.invoice.status"));
        grid.addColumn(i -> EnterpriseScreens.money(i.total(), getLocale())).setHeader(getTranslation("enterprise.invoice.total"))
                .setKey("total");
        grid.setEmptyStateText(getTranslation("enterprise.invoices.empty"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(InvoiceView.class, click.getItem().id())));
        HorizontalLayout filters = new HorizontalLayout(year, number);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("enterprise.invoices.title")), filters, grid);
        refresh();
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
