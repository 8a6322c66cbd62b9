package org.billingcenter.billing.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.billing.BillService;
import org.billingcenter.billing.BillSummary;
import org.billingcenter.billing.BillingProperties;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.tenant.TenantRegistry;
import org.springframework.data.domain.PageRequest;

/** The account's monthly bills, newest first; a row opens the bill. */
@Route("bills")
@Menu(order = 3, title = "menu.bills")
@RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
@RequiresFeature(Feature.PAY_AS_YOU_GO)
public class BillsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<BillSummary> grid = new Grid<>();

    public BillsView(BillService bills, BillingProperties properties, TenantRegistry tenants) {
        add(new H2(getTranslation("menu.bills")),
                new Paragraph(getTranslation("bills.intro", properties.issueDayOf(tenants.current().id()))));
        grid.setId("bills-grid");
        grid.addColumn(bill -> bill.period().toString()).setHeader(getTranslation("bills.column.period")).setKey("period");
        grid.addColumn(bill -> BillingFormat.money(bill.total(), getLocale())).setHeader(getTranslation("bills.column.total")).setKey("total");
        grid.addColumn(bill -> BillingFormat.money(bill.voucherPaid(), getLocale())).setHeader(getTranslation("bills.column.vouchers"));
        grid.addColumn(bill -> BillingFormat.money(bill.cardPaid(), getLocale())).setHeader(getTranslation("bills.column.cards"));
        grid.addColumn(bill -> BillingFormat.money(bill.cashPaid(), getLocale())).setHeader(getTranslation("bills.column.cash"));
        grid.addColumn(bill -> BillingFormat.money(bill.cloudPaid(), getLocale())).setHeader(getTranslation("bills.column.cloud"));
        grid.addColumn(bill -> BillingFormat.money(bill.arrears(), getLocale())).setHeader(getTranslation("bills.column.arrears"))
                .setKey("arrears");
        grid.setEmptyStateText(getTranslation("bills.empty"));
        grid.setItems(query -> bills.myBills(BillingFormat.page(query)).stream(),
                query -> Math.toIntExact(bills.myBills(PageRequest.of(0, 1)).getTotalElements()));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(BillDetailView.class, click.getItem().id())));
        setSizeFull();
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.bills");
    }
}
