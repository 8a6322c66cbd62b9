package org.billingcenter.enterprise.ui;

import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.enterprise.AccountContracts;
import org.billingcenter.enterprise.AllotmentUsage;
import org.billingcenter.enterprise.ContractInvoiceService;
import org.billingcenter.enterprise.ContractSummary;
import org.billingcenter.enterprise.ContractUsage;
import org.billingcenter.enterprise.HostingPlans;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;

/** The account's contracts: term, payment method, invoicing frequency and each plan's allotment against today's sites. */
@Route("enterprise/contracts")
@Menu(order = 39, title = "menu.enterpriseContracts")
@RolesAllowed(Role.Names.ADMINISTRATOR)
@RequiresFeature(Feature.ENTERPRISE_CONTRACTS)
public class ContractsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final AccountContracts contracts;
    private final ContractInvoiceService invoices;
    private final HostingPlans plans;

    public ContractsView(AccountContracts contracts, ContractInvoiceService invoices, HostingPlans plans) {
        this.contracts = contracts;
        this.invoices = invoices;
        this.plans = plans;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (EnterpriseScreens.turnAwayNonEnterprise(event, invoices, this)) {
            return;
        }
        removeAll();
        add(new H2(getTranslation("enterprise.contracts.title")));
        List<ContractUsage> all = contracts.contracts();
        if (all.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("enterprise.contracts.empty"));
            empty.setId("contracts-empty");
            add(empty);
        }
        for (ContractUsage usage : all) {
            add(contract(usage));
        }
    }

    private VerticalLayout contract(ContractUsage usage) {
        ContractSummary contract = usage.contract();
        H3 number = new H3(getTranslation("enterprise.contracts.number", contract.number()));
        Paragraph terms = new Paragraph(getTranslation("enterprise.contracts.terms", contract.startsOn(), contract.endsOn(),
                EnterpriseScreens.label(this, contract.paymentMethod()), contract.invoicingMonths(),
                EnterpriseScreens.money(contract.monthlyPlatformFee(), getLocale())));
        terms.setId("contract-terms-" + contract.id());
        Grid<AllotmentUsage> allotments = new Grid<>();
        allotments.setId("contract-allotments-" + contract.id());
        allotments.addColumn(a -> EnterpriseScreens.plan(plans, a.plan())).setHeader(getTranslation("enterprise.line.plan")).setKey("plan");
        allotments.addColumn(AllotmentUsage::included).setHeader(getTranslation("enterprise.contracts.included")).setKey("included");
        allotments.addColumn(AllotmentUsage::inUse).setHeader(getTranslation("enterprise.contracts.inUse")).setKey("inUse");
        allotments.addColumn(AllotmentUsage::beyond).setHeader(getTranslation("enterprise.contracts.beyond")).setKey("beyond");
        allotments.setItems(usage.allotments());
        allotments.setAllRowsVisible(true);
        VerticalLayout card = new VerticalLayout(number, terms, allotments);
        card.setPadding(false);
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("enterprise.contracts.title");
    }
}
