package org.billingcenter.operator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;

import org.billingcenter.account.CloudAccountReview;
import org.billingcenter.account.CloudAccountService;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.ui.Forms;

/**
 * The staff's queue of cloud accounts to check against the marketplace: confirm one (it may then
 * settle workspaces) or reject it, each with a reason that goes into the audit trail. A
 * subscription that another account claims as well is marked, so staff check who really holds it.
 */
class CloudAccountReviewPanel extends VerticalLayout {

    final Grid<CloudAccountReview> grid = new Grid<>();
    final TextField reason = new TextField();
    final Button confirm = new Button();
    final Button reject = new Button();
    private final CloudAccountService cloud;

    CloudAccountReviewPanel(CloudAccountService cloud) {
        this.cloud = cloud;
        setPadding(false);
        grid.setId("cloud-review-grid");
        // Account and provider take the width they need; the cloud's long ids share the rest.
        grid.addColumn(CloudAccountReview::accountId).setHeader(getTranslation("cloudReview.account")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(c -> getTranslation("cloud.provider." + c.provider())).setHeader(getTranslation("cloud.provider"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(CloudAccountReview::cloudAccountId).setHeader(getTranslation("cloud.accountId")).setFlexGrow(2);
        grid.addColumn(CloudAccountReview::subscriptionId).setHeader(getTranslation("cloud.subscriptionId")).setFlexGrow(2);
        grid.addColumn(CloudAccountReview::boundBy).setHeader(getTranslation("cloudReview.boundBy"));
        grid.addColumn(c -> c.claimedElsewhere() ? getTranslation("cloudReview.claimedElsewhere") : "")
                .setHeader(getTranslation("cloudReview.dispute")).setKey("dispute");
        grid.setEmptyStateText(getTranslation("cloudReview.none"));
        grid.setAllRowsVisible(true);
        reason.setId("cloud-review-reason");
        reason.setLabel(getTranslation("cloudReview.reason"));
        reason.setMaxLength(500);
        reason.setWidth("24em");
        confirm.setId("cloud-review-confirm");
        confirm.setText(getTranslation("cloudReview.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reject.setId("cloud-review-reject");
        reject.setText(getTranslation("cloudReview.reject"));
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        confirm.setEnabled(false);
        reject.setEnabled(false);
        grid.asSingleSelect().addValueChangeListener(change -> {
            confirm.setEnabled(change.getValue() != null);
            reject.setEnabled(change.getValue() != null);
        });
        confirm.addClickListener(click -> decide(true));
        reject.addClickListener(click -> decide(false));
        Forms.clearErrorOnEdit(reason);
        add(grid, new HorizontalLayout(reason, confirm, reject));
        refresh();
    }

    private void decide(boolean confirmed) {
        CloudAccountReview chosen = grid.asSingleSelect().getValue();
        if (chosen == null) {
            return;
        }
        if (reason.getValue().isBlank()) {
            Forms.showError(reason, getTranslation("cloud.reasonRequired"));
            return;
        }
        try {
            if (confirmed) {
                cloud.confirm(chosen.id(), reason.getValue());
            } else {
                cloud.reject(chosen.id(), reason.getValue());
            }
            Forms.notifySuccess(getTranslation(confirmed ? "cloudReview.confirmed" : "cloudReview.rejected", chosen.cloudAccountId()));
            reason.clear();
            refresh();
        } catch (BusinessRuleException refused) {
            Forms.notifyError(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private void refresh() {
        grid.setItems(cloud.awaitingReview());
    }
}
