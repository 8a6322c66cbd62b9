package org.billingcenter.enterprise.ui;

import java.util.Set;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.enterprise.ChargebackRules;
import org.billingcenter.enterprise.ChargebackService;
import org.billingcenter.enterprise.ContractInvoiceService;
import org.billingcenter.enterprise.DepartmentSite;
import org.billingcenter.enterprise.DepartmentTags;
import org.billingcenter.enterprise.HostingPlans;
import org.billingcenter.enterprise.SavedChargebackRule;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.ui.Forms;
import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;

/**
 * Departments: the account's sites, paged and searchable by name, filed under a department one or
 * many at once (select rows, pick or type the department, Tag); and the saved chargeback rules.
 */
@Route("enterprise/departments")
@Menu(order = 41.5, title = "menu.enterpriseDepartments")
@RolesAllowed(Role.Names.ADMINISTRATOR)
@RequiresFeature(Feature.ENTERPRISE_CONTRACTS)
public class DepartmentsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final TextField search = new TextField();
    final Grid<DepartmentSite> sites = new Grid<>();
    final ComboBox<String> department = new ComboBox<>();
    final Button tag = new Button();
    final Button untag = new Button();
    final Grid<SavedChargebackRule> rules = new Grid<>();
    private final DepartmentTags tags;
    private final ChargebackRules savedRules;
    private final ChargebackService chargebacks;
    private final ContractInvoiceService invoices;
    private final HostingPlans plans;

    public DepartmentsView(DepartmentTags tags, ChargebackRules savedRules, ChargebackService chargebacks, ContractInvoiceService invoices,
            HostingPlans plans) {
        this.tags = tags;
        this.savedRules = savedRules;
        this.chargebacks = chargebacks;
        this.invoices = invoices;
        this.plans = plans;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (EnterpriseScreens.turnAwayNonEnterprise(event, invoices, this)) {
            return;
        }
        removeAll();
        search.setId("departments-search");
        search.setPlaceholder(getTranslation("enterprise.departments.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(change -> sites.getDataProvider().refreshAll());

        sites.setId("departments-sites");
        sites.setSelectionMode(Grid.SelectionMode.MULTI);
        sites.addColumn(DepartmentSite::name).setHeader(getTranslation("enterprise.portfolio.siteName")).setKey("name").setFlexGrow(2);
        sites.addColumn(s -> EnterpriseScreens.owner(this, s.owner())).setHeader(getTranslation("enterprise.portfolio.owner"));
        sites.addColumn(s -> s.department() == null ? getTranslation("enterprise.chargeback.untagged") : s.department())
                .setHeader(getTranslation("enterprise.chargeback.department")).setKey("department");
        sites.addColumn(s -> EnterpriseScreens.plan(plans, s.plan())).setHeader(getTranslation("enterprise.line.plan"));
        sites.addColumn(s -> EnterpriseScreens.label(this, s.status())).setHeader(getTranslation("enterprise.departments.status"));
        sites.addColumn(DepartmentSite::contractNumber).setHeader(getTranslation("enterprise.departments.contract"));
        sites.setEmptyStateText(getTranslation("enterprise.departments.empty"));
        sites.setItems(query -> tags.sites(search.getValue(), query.getOffset(), query.getLimit()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, tags.count(search.getValue())));

        department.setId("departments-department");
        department.setLabel(getTranslation("enterprise.chargeback.department"));
        department.setAllowCustomValue(true);
        department.addCustomValueSetListener(typed -> department.setValue(typed.getDetail()));
        refreshDepartments();
        tag.setText(getTranslation("enterprise.departments.tag"));
        tag.setId("departments-tag");
        tag.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        tag.addClickListener(click -> tag(department.getValue()));
        untag.setText(getTranslation("enterprise.departments.untag"));
        untag.setId("departments-untag");
        untag.addClickListener(click -> tag(null));
        HorizontalLayout actions = new HorizontalLayout(search, department, tag, untag);
        actions.setAlignItems(FlexComponent.Alignment.BASELINE);
        actions.setWrap(true);

        rules.setId("departments-rules");
        rules.addColumn(SavedChargebackRule::name).setHeader(getTranslation("enterprise.rules.name")).setKey("name");
        rules.addColumn(r -> EnterpriseScreens.label(this, r.rule().basis())).setHeader(getTranslation("enterprise.chargeback.rule"));
        rules.addColumn(r -> ChargebackRuleText.percentages(this, r.rule())).setHeader(getTranslation("enterprise.rules.percentages"))
                .setFlexGrow(2);
        rules.addComponentColumn(this::deleteButton).setHeader("");
        rules.setAllRowsVisible(true);
        rules.setEmptyStateText(getTranslation("enterprise.rules.empty"));
        rules.setItems(savedRules.rules());

        add(new H2(getTranslation("enterprise.departments.title")), actions, sites, new H3(getTranslation("enterprise.rules.title")), rules);
    }

    private void tag(String name) {
        Set<DepartmentSite> selected = sites.getSelectedItems();
        if (name != null && name.isBlank()) {
            Forms.notifyError(getTranslation("enterprise.departments.pick"));
            return;
        }
        try {
            int tagged = tags.tag(selected.stream().map(DepartmentSite::id).toList(), name);
            Forms.notifySuccess(getTranslation(name == null ? "enterprise.departments.untagged" : "enterprise.departments.tagged", tagged,
                    name == null ? "" : name.strip()));
            sites.deselectAll();
            sites.getDataProvider().refreshAll();
            refreshDepartments();
        } catch (BusinessRuleException refused) {
            Forms.notifyError(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private void refreshDepartments() {
        department.setItems(chargebacks.departments().stream().filter(d -> !ChargebackService.UNTAGGED.equals(d)).toList());
    }

    private Button deleteButton(SavedChargebackRule rule) {
        Button delete = new Button(getTranslation("enterprise.rules.delete"), click -> {
            ConfirmDialog confirm = new ConfirmDialog(getTranslation("enterprise.rules.deleteTitle"),
                    getTranslation("enterprise.rules.deleteText", rule.name()), getTranslation("enterprise.rules.delete"), yes -> {
                        try {
                            savedRules.delete(rule.id());
                            rules.setItems(savedRules.rules());
                        } catch (BusinessRuleException refused) {
                            Forms.notifyError(getTranslation(refused.messageKey(), refused.arguments()));
                        }
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("enterprise.rules.cancel"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        delete.setId("delete-rule-" + rule.id());
        delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        return delete;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("enterprise.departments.title");
    }
}
