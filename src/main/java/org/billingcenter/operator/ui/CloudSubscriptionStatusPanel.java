package org.billingcenter.operator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.billingcenter.account.CloudAccountStatus;
import org.billingcenter.account.CloudSubscriptionBuffer;
import org.billingcenter.account.RunningSubscription;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.ui.Confirm;
import org.billingcenter.shared.ui.Display;
import org.billingcenter.shared.ui.Forms;

/**
 * Staff record what the marketplace reports about a confirmed subscription: abnormal (its
 * workspaces lock after a 14-day buffer, the account is told) or in order again; each with a reason.
 */
class CloudSubscriptionStatusPanel extends VerticalLayout {

    final Grid<RunningSubscription> grid = new Grid<>();
    final TextField reason = new TextField();
    final Button abnormal = new Button();
    final Button recovered = new Button();
    private final CloudSubscriptionBuffer buffer;

    CloudSubscriptionStatusPanel(CloudSubscriptionBuffer buffer, Display display) {
        this.buffer = buffer;
        setPadding(false);
        grid.setId("cloud-running-grid");
        // Account and provider take the width they need; the cloud's long ids share the rest.
        grid.addColumn(RunningSubscription::accountId).setHeader(getTranslation("cloudReview.account")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> getTranslation("cloud.provider." + c.provider())).setHeader(getTranslation("cloud.provider"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RunningSubscription::cloudAccountId).setHeader(getTranslation("cloud.accountId")).setFlexGrow(2);
        grid.addColumn(RunningSubscription::subscriptionId).setHeader(getTranslation("cloud.subscriptionId")).setFlexGrow(2);
        grid.addColumn(c -> getTranslation("cloud.status." + c.status())).setHeader(getTranslation("cloud.status")).setKey("status");
        grid.addColumn(c -> c.locksAt() == null ? "" : display.dateTime(c.locksAt())).setHeader(getTranslation("cloudBuffer.locksAt"))
                .setKey("locksAt");
        grid.setEmptyStateText(getTranslation("cloudBuffer.none"));
        grid.setHeight("14rem");
        reason.setId("cloud-buffer-reason");
        reason.setLabel(getTranslation("cloudReview.reason"));
        reason.setMaxLength(500);
        reason.setWidth("24em");
        abnormal.setId("cloud-buffer-abnormal");
        abnormal.setText(getTranslation("cloudBuffer.reportAbnormal"));
        abnormal.addThemeVariants(ButtonVariant.LUMO_ERROR);
        recovered.setId("cloud-buffer-recovered");
        recovered.setText(getTranslation("cloudBuffer.recovered"));
        abnormal.setEnabled(false);
        recovered.setEnabled(false);
        grid.asSingleSelect().addValueChangeListener(change -> {
            RunningSubscription chosen = change.getValue();
            abnormal.setEnabled(chosen != null && chosen.status() == CloudAccountStatus.ACTIVE);
            recovered.setEnabled(chosen != null && chosen.status() == CloudAccountStatus.ABNORMAL);
        });
        abnormal.addClickListener(click -> decide(true));
        recovered.addClickListener(click -> decide(false));
        Forms.clearErrorOnEdit(reason);
        add(grid, new HorizontalLayout(reason, abnormal, recovered));
        refresh();
    }

    private void decide(boolean turnsAbnormal) {
        RunningSubscription chosen = grid.asSingleSelect().getValue();
        if (chosen == null) {
            return;
        }
        if (reason.getValue().isBlank()) {
            Forms.showError(reason, getTranslation("cloud.reasonRequired"));
            return;
        }
        String title = getTranslation(turnsAbnormal ? "cloudBuffer.reportAbnormal" : "cloudBuffer.recovered");
        Confirm.ask("cloud-buffer", title, getTranslation(turnsAbnormal ? "cloudBuffer.confirmAbnormal" : "cloudBuffer.confirmRecovered",
                chosen.cloudAccountId()), getTranslation("action.confirm"), getTranslation("action.cancel"), () -> apply(chosen, turnsAbnormal));
    }

    private void apply(RunningSubscription chosen, boolean turnsAbnormal) {
        try {
            if (turnsAbnormal) {
                buffer.reportAbnormal(chosen.id(), reason.getValue());
            } else {
                buffer.recover(chosen.id(), reason.getValue());
            }
            Forms.notifySuccess(getTranslation(turnsAbnormal ? "cloudBuffer.reported" : "cloudBuffer.restored", chosen.cloudAccountId()));
            reason.clear();
            refresh();
        } catch (BusinessRuleException refused) {
            Forms.notifyError(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private void refresh() {
        grid.setItems(buffer.running());
    }
}
