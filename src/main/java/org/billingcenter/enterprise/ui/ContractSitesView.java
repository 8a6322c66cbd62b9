package org.billingcenter.enterprise.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolationException;

import org.billingcenter.enterprise.HostingPlans;
import org.billingcenter.enterprise.NewSite;
import org.billingcenter.enterprise.SiteDesk;
import org.billingcenter.enterprise.SitePlan;
import org.billingcenter.enterprise.SiteRecord;
import org.billingcenter.enterprise.SiteStatus;
import org.billingcenter.enterprise.TrafficIntake;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.ui.Confirm;
import org.billingcenter.shared.ui.Forms;
import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;

/**
 * A contract's sites for the staff: add one (the owner may be left out), change a site's plan,
 * freeze, deactivate or delete it, import many from CSV ({@link SiteImportPanel}) and upload the
 * month's traffic ({@link TrafficUploadPanel}).
 */
@Route("operator/contracts/sites")
@RolesAllowed(Role.Names.OPERATOR)
@RequiresFeature(Feature.ENTERPRISE_CONTRACTS)
public class ContractSitesView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    final Grid<SiteRecord> grid = new Grid<>();
    final TextField name = new TextField();
    final TextField owner = new TextField();
    final TextField department = new TextField();
    final Select<SitePlan> plan = new Select<>();
    final Button add = new Button();
    private final SiteDesk desk;
    private final HostingPlans plans;
    private final TrafficIntake traffic;
    private long contractId;

    public ContractSitesView(SiteDesk desk, HostingPlans plans, TrafficIntake traffic) {
        this.desk = desk;
        this.plans = plans;
        this.traffic = traffic;
    }

    @Override
    public void setParameter(BeforeEvent event, Long contract) {
        contractId = contract;
        try {
            desk.sites(contract);
        } catch (BusinessRuleException notFound) {
            event.forwardTo(ContractDeskView.class);
            Forms.notifyError(getTranslation(notFound.messageKey()));
            return;
        }
        removeAll();
        grid.removeAllColumns();
        grid.setId("sites");
        grid.addColumn(SiteRecord::name).setHeader(getTranslation("enterprise.portfolio.siteName")).setKey("name").setFlexGrow(2);
        grid.addColumn(s -> EnterpriseScreens.owner(this, s.owner())).setHeader(getTranslation("enterprise.portfolio.owner")).setKey("owner");
        grid.addColumn(SiteRecord::department).setHeader(getTranslation("siteDesk.department"));
        grid.addColumn(s -> EnterpriseScreens.plan(plans, s.plan())).setHeader(getTranslation("siteDesk.plan")).setKey("plan");
        grid.addColumn(s -> getTranslation(s.deleted() ? "siteDesk.deleted" : "enterprise.SiteStatus." + s.status().name()))
                .setHeader(getTranslation("siteDesk.status")).setKey("status");
        grid.addColumn(SiteRecord::monthlyTraffic).setHeader(getTranslation("siteDesk.traffic"));
        grid.addComponentColumn(this::actions).setFlexGrow(3);
        add(new H2(getTranslation("siteDesk.title")), addForm(), grid,
                new H3(getTranslation("siteImport.title")), new SiteImportPanel(desk, plans, contractId, this::refresh),
                new H3(getTranslation("trafficUpload.title")), new TrafficUploadPanel(traffic, this::refresh));
        refresh();
    }

    private FormLayout addForm() {
        name.setLabel(getTranslation("enterprise.portfolio.siteName"));
        name.setId("site-name");
        owner.setLabel(getTranslation("enterprise.portfolio.owner"));
        owner.setId("site-owner");
        department.setLabel(getTranslation("siteDesk.department"));
        department.setId("site-department");
        plan.setLabel(getTranslation("siteDesk.plan"));
        plan.setId("site-plan");
        plan.setItems(plans.codes());
        plan.setItemLabelGenerator(p -> EnterpriseScreens.plan(plans, p));
        add.setText(getTranslation("siteDesk.add"));
        add.setId("site-add");
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(click -> act(() -> {
            desk.add(new NewSite(contractId, name.getValue(), owner.getValue(), department.getValue(), plan.getValue(), SiteStatus.ACTIVE,
                    desk.today()));
            name.clear();
            owner.clear();
            department.clear();
        }));
        return new FormLayout(name, owner, department, plan, add);
    }

    private HorizontalLayout actions(SiteRecord site) {
        HorizontalLayout actions = new HorizontalLayout();
        if (site.status() == SiteStatus.DEACTIVATED) {
            return actions;
        }
        Select<SitePlan> move = new Select<>();
        move.setId("site-move-" + site.id());
        move.setPlaceholder(getTranslation("siteDesk.changePlan"));
        move.setItems(plans.codes().stream().filter(p -> !p.equals(site.plan())).toList());
        move.setItemLabelGenerator(p -> EnterpriseScreens.plan(plans, p));
        move.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                act(() -> desk.changePlan(site.id(), change.getValue()));
            }
        });
        Button freeze = new Button(getTranslation("siteDesk.freeze"), click -> act(() -> desk.freeze(site.id())));
        freeze.setId("site-freeze-" + site.id());
        freeze.setEnabled(site.status() == SiteStatus.ACTIVE);
        Button deactivate = new Button(getTranslation("siteDesk.deactivate"), click -> Confirm.ask("site-deactivate",
                getTranslation("siteDesk.deactivate"), getTranslation("siteDesk.deactivateText", site.name()),
                getTranslation("siteDesk.deactivate"), getTranslation("action.cancel"), () -> act(() -> desk.deactivate(site.id()))));
        deactivate.setId("site-deactivate-" + site.id());
        Button delete = new Button(getTranslation("siteDesk.delete"), click -> Confirm.ask("site-delete",
                getTranslation("siteDesk.delete"), getTranslation("siteDesk.deleteText", site.name()),
                getTranslation("siteDesk.delete"), getTranslation("action.cancel"), () -> act(() -> desk.delete(site.id()))));
        delete.setId("site-delete-" + site.id());
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        actions.add(move, freeze, deactivate, delete);
        return actions;
    }

    private void act(Runnable action) {
        try {
            action.run();
            refresh();
        } catch (BusinessRuleException e) {
            Forms.notifyError(getTranslation(e.messageKey(), e.arguments()));
        } catch (ConstraintViolationException invalid) {
            Forms.notifyError(getTranslation("siteDesk.incomplete"));
        }
    }

    void refresh() {
        grid.setItems(desk.sites(contractId));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("siteDesk.title");
    }
}
