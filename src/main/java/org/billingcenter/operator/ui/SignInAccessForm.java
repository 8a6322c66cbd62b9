package org.billingcenter.operator.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import org.billingcenter.account.AccountService;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.ui.Forms;

/**
 * Stops or restores a customer's sign-in (a compromised or departed user). Disabling ends the
 * person's open sessions at once, so it asks for a reason and a confirmation first.
 */
class SignInAccessForm extends VerticalLayout {

    final EmailField email = new EmailField();
    final TextField reason = new TextField();
    final Button disable = new Button();
    final Button restore = new Button();

    private final AccountService accounts;

    SignInAccessForm(AccountService accounts) {
        this.accounts = accounts;
        setPadding(false);
        email.setLabel(getTranslation("signInAccess.email"));
        email.setId("access-email");
        reason.setLabel(getTranslation("signInAccess.reason"));
        reason.setId("access-reason");
        reason.setMaxLength(200);
        Forms.clearErrorOnEdit(email, reason);
        disable.setText(getTranslation("signInAccess.disable"));
        disable.setId("access-disable");
        disable.addThemeVariants(ButtonVariant.LUMO_ERROR);
        disable.addClickListener(click -> confirm(false));
        restore.setText(getTranslation("signInAccess.restore"));
        restore.setId("access-restore");
        restore.addClickListener(click -> confirm(true));
        add(new FormLayout(email, reason), new HorizontalLayout(disable, restore));
    }

    private void confirm(boolean allowed) {
        if (email.getValue().isBlank() || reason.getValue().isBlank()) {
            Forms.showError(email.getValue().isBlank() ? email : reason, getTranslation("validation.required"));
            return;
        }
        Dialog dialog = new Dialog();
        dialog.setId("access-dialog");
        dialog.setHeaderTitle(getTranslation(allowed ? "signInAccess.restore" : "signInAccess.disable"));
        dialog.add(new Paragraph(getTranslation(allowed ? "signInAccess.confirmRestore" : "signInAccess.confirmDisable",
                email.getValue().strip())));
        Button yes = new Button(getTranslation("action.confirm"), click -> {
            dialog.close();
            apply(allowed);
        });
        yes.setId("access-confirm");
        yes.addThemeVariants(allowed ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_ERROR);
        Button cancel = new Button(getTranslation("action.cancel"), click -> dialog.close());
        cancel.setId("access-cancel");
        dialog.getFooter().add(cancel, yes);
        dialog.open();
    }

    void apply(boolean allowed) {
        try {
            accounts.allowSignIn(email.getValue(), allowed, reason.getValue());
            Forms.notifySuccess(getTranslation(allowed ? "signInAccess.restored" : "signInAccess.disabled", email.getValue().strip()));
            reason.clear();
        } catch (BusinessRuleException refused) {
            Forms.showError(email, getTranslation(refused.messageKey(), refused.arguments()));
        }
    }
}
