package org.billingcenter.workspace.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.tenant.TenantDefinition.Site;
import org.billingcenter.tenant.TenantRegistry;
import org.billingcenter.workspace.NewWorkspace;
import org.billingcenter.workspace.Settlement;
import org.billingcenter.workspace.SettlementChoiceService;
import org.billingcenter.workspace.SettlementOption;
import org.billingcenter.workspace.WorkspaceService;
import org.billingcenter.workspace.WorkspaceStatus;
import org.billingcenter.workspace.WorkspaceSummary;

/** The account's workspaces, their site, retention and state; the Owner and Administrators bind, rename and unbind. */
@Route("workspaces")
@Menu(order = 2, title = "menu.workspaces")
@RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.MEMBER, Role.Names.AUDITOR})
@RequiresFeature(Feature.WORKSPACES)
public class WorkspacesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<WorkspaceSummary> grid = new Grid<>();
    final TextField name = new TextField();
    final ComboBox<Site> site = new ComboBox<>();
    final IntegerField retention = new IntegerField();
    final Button bind = new Button();
    private final WorkspaceService workspaces;
    private final SettlementChoiceService choices;

    public WorkspacesView(WorkspaceService workspaces, SettlementChoiceService choices, TenantRegistry tenants) {
        this.workspaces = workspaces;
        this.choices = choices;
        SignedInUser user = CurrentUser.require();
        boolean manages = user.has(Role.OWNER) || user.has(Role.ADMINISTRATOR);
        grid.setId("workspaces-grid");
        grid.addColumn(WorkspaceSummary::name).setHeader(getTranslation("workspaces.column.name")).setKey("name");
        grid.addColumn(w -> tenants.current().site(w.siteId()).map(Site::name).orElse(w.siteId()))
                .setHeader(getTranslation("workspaces.column.site"));
        grid.addColumn(w -> w.retentionDays() == null ? getTranslation("workspaces.retention.default") : String.valueOf(w.retentionDays()))
                .setHeader(getTranslation("workspaces.column.retention"));
        grid.addColumn(w -> getTranslation(w.locked() ? "workspaces.locked" : "workspaces.status." + w.status().name()))
                .setHeader(getTranslation("workspaces.column.status")).setKey("status");
        grid.addColumn(w -> settlementLabel(choices.chosen(w.id()))).setHeader(getTranslation("workspaces.column.settlement"))
                .setKey("settlement");
        if (manages) {
            grid.addComponentColumn(this::actions).setHeader("").setKey("actions");
        }
        grid.setEmptyStateText(getTranslation("workspaces.empty"));
        refresh();
        add(new H2(getTranslation("menu.workspaces")));
        if (manages) {
            name.setLabel(getTranslation("workspaces.column.name"));
            name.setId("workspace-name");
            name.setMaxLength(120);
            site.setLabel(getTranslation("workspaces.column.site"));
            site.setId("workspace-site");
            site.setItems(tenants.current().sites());
            site.setItemLabelGenerator(Site::name);
            retention.setLabel(getTranslation("workspaces.column.retention"));
            retention.setId("workspace-retention");
            retention.setMin(1);
            bind.setText(getTranslation("workspaces.bind"));
            bind.setId("workspace-bind");
            bind.addClickListener(click -> bind());
            HorizontalLayout form = new HorizontalLayout(name, site, retention, bind);
            form.setAlignItems(FlexComponent.Alignment.BASELINE);
            form.setWrap(true);
            add(form);
        }
        add(grid);
    }

    private void bind() {
        name.setInvalid(name.getValue().isBlank());
        name.setErrorMessage(getTranslation("workspaces.nameRequired"));
        site.setInvalid(site.getValue() == null);
        site.setErrorMessage(getTranslation("workspaces.siteRequired"));
        if (name.isInvalid() || site.isInvalid()) {
            return;
        }
        run(() -> workspaces.bind(new NewWorkspace(name.getValue(), site.getValue().id(), retention.getValue())));
        name.clear();
    }

    private HorizontalLayout actions(WorkspaceSummary workspace) {
        HorizontalLayout actions = new HorizontalLayout();
        if (workspace.status() != WorkspaceStatus.ACTIVE) {
            return actions;
        }
        Button rename = new Button(getTranslation("workspaces.rename"), click -> {
            TextField newName = new TextField(getTranslation("workspaces.column.name"), workspace.name(), "");
            newName.setId("workspace-new-name");
            ConfirmDialog dialog = new ConfirmDialog();
            dialog.setId("workspace-rename-dialog");
            dialog.setHeader(getTranslation("workspaces.rename"));
            dialog.add(newName);
            dialog.setCancelable(true);
            dialog.setConfirmText(getTranslation("workspaces.save"));
            dialog.addConfirmListener(event -> run(() -> workspaces.rename(workspace.id(), newName.getValue())));
            dialog.open();
        });
        Button unbind = new Button(getTranslation("workspaces.unbind"), click -> {
            ConfirmDialog dialog = new ConfirmDialog(getTranslation("workspaces.unbind"),
                    getTranslation("workspaces.unbindConfirm", workspace.name()), getTranslation("workspaces.unbind"),
                    event -> run(() -> workspaces.unbind(workspace.id())));
            dialog.setId("workspace-unbind-dialog");
            dialog.setCancelable(true);
            dialog.open();
        });
        Button settle = new Button(getTranslation("workspaces.settlement.change"), click -> chooseSettlement(workspace));
        rename.setId("workspace-rename-" + workspace.id());
        unbind.setId("workspace-unbind-" + workspace.id());
        settle.setId("workspace-settle-" + workspace.id());
        actions.add(rename, unbind, settle);
        return actions;
    }

    /** The choice is confirmed in a dialog: it holds from tomorrow and can change once a month. */
    private void chooseSettlement(WorkspaceSummary workspace) {
        ComboBox<SettlementOption> method = new ComboBox<>(getTranslation("workspaces.settlement.change"));
        method.setId("settlement-method");
        method.setItems(choices.options(workspace.id()));
        method.setItemLabelGenerator(o -> o.cloudAccountId() == null ? getTranslation("workspaces.settlement.wallet")
                : getTranslation("cloud.provider." + o.method().name()) + " · " + o.cloudAccountName());
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("settlement-dialog");
        dialog.setHeader(getTranslation("workspaces.settlement.change"));
        dialog.setText(getTranslation("workspaces.settlement.confirmText"));
        dialog.add(method);
        dialog.setCancelable(true);
        dialog.setConfirmText(getTranslation("workspaces.save"));
        dialog.addConfirmListener(event -> {
            SettlementOption chosen = method.getValue();
            if (chosen != null) {
                run(() -> Notification.show(getTranslation("workspaces.settlement.changed",
                        choices.choose(workspace.id(), chosen.method(), chosen.cloudAccountId()))));
            }
        });
        dialog.open();
    }

    private String settlementLabel(Settlement settlement) {
        return settlement.byWallet() ? getTranslation("workspaces.settlement.wallet")
                : getTranslation("cloud.provider." + settlement.provider());
    }

    private void run(Runnable command) {
        try {
            command.run();
            refresh();
        } catch (BusinessRuleException refused) {
            Notification.show(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private void refresh() {
        grid.setItems(workspaces.myWorkspaces());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.workspaces");
    }
}
