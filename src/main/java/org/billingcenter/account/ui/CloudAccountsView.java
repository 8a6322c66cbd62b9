package org.billingcenter.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.tenant.Feature;
import org.billingcenter.tenant.RequiresFeature;
import org.billingcenter.account.CloudAccountDetails;
import org.billingcenter.account.CloudAccountService;
import org.billingcenter.account.CloudAccountStatus;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.ui.Confirm;
import org.billingcenter.shared.ui.Forms;
import org.billingcenter.tenant.TenantDefinition.SettlementMethod;

/** The account's cloud marketplace accounts: bind one for a provider the tenant offers, or close one (for good). */
@Route("cloud-accounts")
@Menu(order = 92, title = "menu.cloudAccounts")
@RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.AUDITOR})
@RequiresFeature(Feature.CLOUD_SETTLEMENT)
public class CloudAccountsView extends VerticalLayout implements HasDynamicTitle {

    private final CloudAccountService cloud;

    final Grid<CloudAccountDetails> grid = new Grid<>();
    final Select<SettlementMethod> provider = new Select<>();
    final TextField accountId = new TextField();
    final TextField subscriptionId = new TextField();
    final Button bind = new Button();
    final Button close = new Button();

    public CloudAccountsView(CloudAccountService cloud) {
        this.cloud = cloud;
        add(new H2(getTranslation("cloud.title")));
        grid.setId("cloud-accounts");
        grid.addColumn(c -> getTranslation("cloud.provider." + c.provider())).setHeader(getTranslation("cloud.provider"));
        grid.addColumn(CloudAccountDetails::cloudAccountId).setHeader(getTranslation("cloud.accountId"));
        grid.addColumn(CloudAccountDetails::maskedSubscription).setHeader(getTranslation("cloud.subscriptionId"));
        grid.addColumn(c -> getTranslation("cloud.status." + c.status())).setHeader(getTranslation("cloud.status")).setKey("status");
        grid.setEmptyStateText(getTranslation("cloud.none"));
        grid.setAllRowsVisible(true);
        add(grid);
        boolean manages = CurrentUser.require().has(Role.OWNER) || CurrentUser.require().has(Role.ADMINISTRATOR);
        if (manages && !cloud.providers().isEmpty()) {
            provider.setId("cloud-provider");
            provider.setLabel(getTranslation("cloud.provider"));
            provider.setItems(cloud.providers());
            provider.setItemLabelGenerator(p -> getTranslation("cloud.provider." + p));
            accountId.setId("cloud-account-id");
            accountId.setLabel(getTranslation("cloud.accountId"));
            subscriptionId.setId("cloud-subscription-id");
            subscriptionId.setLabel(getTranslation("cloud.subscriptionId"));
            Forms.clearErrorOnEdit(provider, accountId, subscriptionId);
            bind.setText(getTranslation("cloud.bind"));
            bind.setId("cloud-bind");
            bind.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            bind.addClickListener(click -> bind());
            close.setText(getTranslation("cloud.close"));
            close.setId("cloud-close");
            close.addThemeVariants(ButtonVariant.LUMO_ERROR);
            close.setEnabled(false);
            grid.asSingleSelect().addValueChangeListener(change ->
                    close.setEnabled(change.getValue() != null && (change.getValue().status().running()
                            || change.getValue().status() == CloudAccountStatus.PENDING)));
            close.addClickListener(click -> {
                CloudAccountDetails chosen = grid.asSingleSelect().getValue();
                Confirm.ask("cloud-close", getTranslation("cloud.close"), getTranslation("cloud.confirmClose", chosen.cloudAccountId()),
                        getTranslation("action.confirm"), getTranslation("action.cancel"), () -> act(() -> cloud.close(chosen.id())));
            });
            add(new FormLayout(provider, accountId, subscriptionId), bind, close);
        }
        refresh();
    }

    private void bind() {
        if (provider.getValue() == null) {
            Forms.showError(provider, getTranslation("validation.required"));
            return;
        }
        try {
            cloud.bind(provider.getValue(), accountId.getValue(), subscriptionId.getValue());
            Forms.notifySuccess(getTranslation("cloud.boundPending"));
            accountId.clear();
            subscriptionId.clear();
            refresh();
        } catch (BusinessRuleException refused) {
            String message = getTranslation(refused.messageKey(), refused.arguments());
            Forms.showError(refused.messageKey().equals("cloud.accountIdRequired") ? accountId : subscriptionId, message);
        }
    }

    private void act(Runnable action) {
        try {
            action.run();
        } catch (BusinessRuleException refused) {
            Forms.notifyError(getTranslation(refused.messageKey(), refused.arguments()));
        }
        refresh();
    }

    private void refresh() {
        grid.setItems(cloud.mine());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("cloud.title");
    }
}
