package org.billingcenter.enterprise.ui;

import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;

import org.billingcenter.enterprise.ContractDesk;
import org.billingcenter.enterprise.ContractOverview;
import org.billingcenter.enterprise.HostingPlans;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.ui.Forms;
import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;

/**
 * The staff's contracts page: every contract of the tenant with its customer account, and the way
 * to record a new one, amend or end one (each with a reason), and to a contract's sites and invoices.
 */
@Route("operator/contracts")
@Menu(order = 86, title = "menu.operatorContracts")
@RolesAllowed(Role.Names.OPERATOR)
@RequiresFeature(Feature.ENTERPRISE_CONTRACTS)
public class ContractDeskView extends VerticalLayout implements HasDynamicTitle {

    final Grid<ContractOverview> grid = new Grid<>();
    final Paragraph empty = new Paragraph();
    private final ContractDesk desk;
    private final HostingPlans plans;

    public ContractDeskView(ContractDesk desk, HostingPlans plans) {
        this.desk = desk;
        this.plans = plans;
        Button create = new Button(getTranslation("contractDesk.new"), click -> openNew());
        create.setId("contract-new");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.setId("contracts");
        grid.addColumn(o -> o.accountName()).setHeader(getTranslation("contractDesk.account")).setKey("account").setFlexGrow(2);
        // The number and term take the width they need, whole; the account name and the actions share the rest.
        grid.addColumn(o -> o.contract().number()).setHeader(getTranslation("contractDesk.number")).setKey("number").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(o -> o.contract().startsOn() + " – " + o.contract().endsOn()).setHeader(getTranslation("contractDesk.term"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> EnterpriseScreens.label(this, o.contract().paymentMethod())).setHeader(getTranslation("contractDesk.paymentMethod"));
        grid.addColumn(o -> getTranslation("contractDesk.everyMonths", o.contract().invoicingMonths()))
                .setHeader(getTranslation("contractDesk.invoicingMonths"));
        grid.addColumn(o -> EnterpriseScreens.money(o.contract().monthlyPlatformFee(), locale())).setHeader(getTranslation("contractDesk.platformFee"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("contractDesk.actions")).setFlexGrow(3);
        grid.setAllRowsVisible(true);
        empty.setId("contracts-empty");
        empty.setText(getTranslation("contractDesk.empty"));
        add(new H2(getTranslation("contractDesk.title")), create, empty, grid);
        refresh();
    }

    private HorizontalLayout actions(ContractOverview overview) {
        long id = overview.contract().id();
        Button amend = new Button(getTranslation("contractDesk.amend"), click -> openAmend(overview));
        amend.setId("contract-amend-" + id);
        Button end = new Button(getTranslation("contractDesk.end"), click -> openEnd(overview));
        end.setId("contract-end-" + id);
        end.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        Anchor sites = new Anchor("operator/contracts/sites/" + id, getTranslation("contractDesk.sitesLink"));
        sites.setId("contract-sites-" + id);
        Anchor invoices = new Anchor("operator/contracts/invoices/" + id, getTranslation("contractDesk.invoicesLink"));
        invoices.setId("contract-invoices-" + id);
        HorizontalLayout actions = new HorizontalLayout(amend, end, sites, invoices);
        actions.setAlignItems(Alignment.BASELINE);
        return actions;
    }

    void openNew() {
        ContractForm form = new ContractForm(plans, desk.contractAccounts(), null);
        form.onSave(f -> save(f, () -> desk.open(f.account.getValue() == null ? -1 : f.account.getValue().id(), f.newContract(),
                f.reason.getValue())));
        form.open();
    }

    void openAmend(ContractOverview overview) {
        ContractForm form = new ContractForm(plans, java.util.List.of(), desk.contract(overview.contract().id()).contract());
        form.onSave(f -> save(f, () -> desk.amend(overview.contract().id(), f.amendment(), f.reason.getValue())));
        form.open();
    }

    private void openEnd(ContractOverview overview) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("contractDesk.endTitle", overview.contract().number()));
        DatePicker on = new DatePicker(getTranslation("contractDesk.endsOn"), overview.contract().endsOn());
        on.setId("end-on");
        TextField reason = new TextField(getTranslation("contractDesk.reason"));
        reason.setId("end-reason");
        Button confirm = new Button(getTranslation("contractDesk.end"), click -> {
            try {
                desk.end(overview.contract().id(), on.getValue(), reason.getValue());
                dialog.close();
                Forms.notifySuccess(getTranslation("contractDesk.ended"));
                refresh();
            } catch (BusinessRuleException e) {
                Forms.notifyError(getTranslation(e.messageKey(), e.arguments()));
            }
        });
        confirm.setId("end-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.add(new VerticalLayout(new Paragraph(getTranslation("contractDesk.endHint")), on, reason));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private void save(ContractForm form, Runnable action) {
        try {
            action.run();
            form.close();
            Forms.notifySuccess(getTranslation("contractDesk.saved"));
            refresh();
        } catch (BusinessRuleException e) {
            Forms.notifyError(getTranslation(e.messageKey(), e.arguments()));
        } catch (ConstraintViolationException invalid) {
            Forms.notifyError(getTranslation("contractDesk.incomplete"));
        }
    }

    private void refresh() {
        var contracts = desk.contracts();
        grid.setItems(contracts);
        grid.setVisible(!contracts.isEmpty());
        empty.setVisible(contracts.isEmpty());
    }

    private Locale locale() {
        return getLocale();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("contractDesk.title");
    }
}
