package org.billingcenter.account.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.billingcenter.account.PasswordResetService;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.ui.Forms;
import org.billingcenter.shell.Branding;
import org.billingcenter.tenant.TenantRegistry;

/** Asking for a password reset link. The answer is the same whether or not the address signs in here. */
@Route(value = "forgot-password", autoLayout = false)
@AnonymousAllowed
public class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle {

    final EmailField email = new EmailField();
    final Button send = new Button();

    public ForgotPasswordView(PasswordResetService resets, TenantRegistry tenants) {
        setAlignItems(FlexComponent.Alignment.CENTER);
        email.setLabel(getTranslation("signup.email"));
        email.setId("email");
        email.setMaxLength(320);
        email.setWidth("20em");
        Forms.clearErrorOnEdit(email);
        send.setText(getTranslation("reset.send"));
        send.setId("send-reset-link");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(Key.ENTER);
        send.setDisableOnClick(true);
        Paragraph sent = new Paragraph();
        sent.setId("reset-sent");
        sent.setVisible(false);
        send.addClickListener(click -> {
            try {
                if (email.getValue().isBlank() || email.isInvalid()) {
                    Forms.showError(email, getTranslation(email.getValue().isBlank() ? "validation.required" : "validation.email"));
                    return;
                }
                resets.requestReset(email.getValue());
                sent.setText(getTranslation("reset.sent", email.getValue().strip()));
                sent.setVisible(true);
            } catch (BusinessRuleException refused) {
                Forms.showError(email, getTranslation(refused.messageKey(), refused.arguments()));
            } finally {
                send.setEnabled(true);
            }
        });
        add(Branding.header(tenants.currentBranding()), new H2(getTranslation("reset.title")),
                new Paragraph(getTranslation("reset.explanation")), email, send, sent, new Anchor("login", getTranslation("confirmEmail.toSignIn")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.title");
    }
}
