package org.billingcenter.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.billingcenter.account.PasswordResetService;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.ui.Forms;
import org.billingcenter.shell.Branding;
import org.billingcenter.tenant.TenantRegistry;

/** Where a reset link leads: choosing a new password, which signs the person out everywhere. */
@Route(value = "reset-password/:token", autoLayout = false)
@AnonymousAllowed
public class ResetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordResetService resets;
    private final TenantRegistry tenants;

    final PasswordField password = new PasswordField();
    final PasswordField confirmPassword = new PasswordField();
    final Button reset = new Button();

    public ResetPasswordView(PasswordResetService resets, TenantRegistry tenants) {
        this.resets = resets;
        this.tenants = tenants;
        setAlignItems(FlexComponent.Alignment.CENTER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        add(Branding.header(tenants.currentBranding()), new H2(getTranslation("reset.chooseTitle")));
        if (!resets.isUsable(token)) {
            Paragraph gone = new Paragraph(getTranslation("reset.notValid"));
            gone.setId("reset-not-valid");
            add(gone, new Anchor("forgot-password", getTranslation("reset.askAgain")));
            return;
        }
        password.setLabel(getTranslation("reset.newPassword"));
        password.setHelperText(getTranslation("password.length", 10, 128));
        password.setId("new-password");
        confirmPassword.setLabel(getTranslation("signup.confirmPassword"));
        confirmPassword.setId("confirm-password");
        Forms.clearErrorOnEdit(password, confirmPassword);
        reset.setText(getTranslation("reset.submit"));
        reset.setId("reset-password");
        reset.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        reset.addClickListener(click -> submit(token));
        add(new Paragraph(getTranslation("reset.endsSessions")), password, confirmPassword, reset);
    }

    private void submit(String token) {
        if (!password.getValue().equals(confirmPassword.getValue())) {
            Forms.showError(confirmPassword, getTranslation("signup.passwordsDiffer"));
            return;
        }
        try {
            resets.reset(token, password.getValue());
            Forms.notifySuccess(getTranslation("reset.done"));
            getUI().ifPresent(ui -> ui.navigate("login"));
        } catch (BusinessRuleException refused) {
            Forms.showError(password, getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("reset.chooseTitle");
    }
}
