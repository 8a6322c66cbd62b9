package org.billingcenter.operator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import org.billingcenter.account.AccountService;
import org.billingcenter.account.AccountSummary;
import org.billingcenter.account.SettlementFreedomService;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.ui.Confirm;
import org.billingcenter.shared.ui.Forms;

/**
 * Lets one account (found by a member's e-mail) choose any settlement method, or withdraws that;
 * staff give a reason, which the account's history keeps.
 */
class SettlementFreedomForm extends VerticalLayout {

    final EmailField email = new EmailField();
    final TextField reason = new TextField();
    final Button allow = new Button();
    final Button withdraw = new Button();

    private final AccountService accounts;
    private final SettlementFreedomService freedom;

    SettlementFreedomForm(AccountService accounts, SettlementFreedomService freedom) {
        this.accounts = accounts;
        this.freedom = freedom;
        setPadding(false);
        email.setLabel(getTranslation("settlementFreedom.email"));
        email.setId("freedom-email");
        reason.setLabel(getTranslation("settlementFreedom.reason"));
        reason.setId("freedom-reason");
        reason.setMaxLength(300);
        Forms.clearErrorOnEdit(email, reason);
        allow.setText(getTranslation("settlementFreedom.allow"));
        allow.setId("freedom-allow");
        allow.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        allow.addClickListener(click -> confirm(true));
        withdraw.setText(getTranslation("settlementFreedom.withdraw"));
        withdraw.setId("freedom-withdraw");
        withdraw.addClickListener(click -> confirm(false));
        add(new FormLayout(email, reason), new HorizontalLayout(allow, withdraw));
    }

    private void confirm(boolean allowed) {
        if (email.getValue().isBlank() || reason.getValue().isBlank()) {
            Forms.showError(email.getValue().isBlank() ? email : reason, getTranslation("validation.required"));
            return;
        }
        AccountSummary account = accounts.findAccountByMemberEmail(email.getValue()).orElse(null);
        if (account == null) {
            Forms.showError(email, getTranslation("settlementFreedom.noAccount"));
            return;
        }
        String title = getTranslation(allowed ? "settlementFreedom.allow" : "settlementFreedom.withdraw");
        Confirm.ask("freedom", title, getTranslation(allowed ? "settlementFreedom.confirmAllow" : "settlementFreedom.confirmWithdraw",
                account.enterpriseName()), getTranslation("action.confirm"), getTranslation("action.cancel"), () -> apply(account, allowed));
    }

    private void apply(AccountSummary account, boolean allowed) {
        try {
            freedom.allowAnyMethod(account.id(), allowed, reason.getValue());
            Forms.notifySuccess(getTranslation(allowed ? "settlementFreedom.allowed" : "settlementFreedom.withdrawn", account.enterpriseName()));
            reason.clear();
        } catch (BusinessRuleException refused) {
            Forms.notifyError(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }
}
