package org.billingcenter.account.ui;

import java.util.Map;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import jakarta.validation.ConstraintViolationException;

import org.billingcenter.account.AccountService;
import org.billingcenter.account.SignUp;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.ui.Forms;
import org.billingcenter.shell.Branding;
import org.billingcenter.tenant.TenantDefinition.AccountKind;
import org.billingcenter.tenant.TenantRegistry;

/** Opening an account at this tenant: the new user becomes its Owner and signs in next. */
@Route(value = "signup", autoLayout = false)
@AnonymousAllowed
public class SignUpView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;

    final TextField enterpriseName = new TextField();
    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final PasswordField password = new PasswordField();
    final PasswordField confirmPassword = new PasswordField();
    final RadioButtonGroup<AccountKind> kind = new RadioButtonGroup<>();
    final Button create = new Button();

    public SignUpView(AccountService accounts, TenantRegistry tenants) {
        this.accounts = accounts;
        setAlignItems(FlexComponent.Alignment.CENTER);
        addClassName("signup-view");

        enterpriseName.setLabel(getTranslation("signup.enterpriseName"));
        enterpriseName.setId("enterprise-name");
        displayName.setLabel(getTranslation("signup.displayName"));
        displayName.setId("display-name");
        email.setLabel(getTranslation("signup.email"));
        email.setId("email");
        password.setLabel(getTranslation("signup.password"));
        password.setHelperText(getTranslation("password.length", 10, 128));
        password.setId("password");
        confirmPassword.setLabel(getTranslation("signup.confirmPassword"));
        confirmPassword.setId("confirm-password");
        kind.setLabel(getTranslation("signup.kind"));
        kind.setItems(tenants.current().accountKinds());
        kind.setItemLabelGenerator(k -> getTranslation("account.kind." + k.name()));
        kind.setValue(tenants.current().accountKinds().getFirst());
        kind.setVisible(tenants.current().accountKinds().size() > 1);
        kind.setId("account-kind");
        Forms.clearErrorOnEdit(enterpriseName, displayName, email, password, confirmPassword);

        create.setText(getTranslation("signup.submit"));
        create.setId("create-account");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
        create.setDisableOnClick(true);
        create.addClickListener(click -> submit());

        FormLayout form = new FormLayout(enterpriseName, displayName, email, password, confirmPassword, kind);
        form.setMaxWidth("32em");
        Anchor signIn = new Anchor("login", getTranslation("signup.haveAccount"));
        add(Branding.header(tenants.currentBranding()), new H2(getTranslation("signup.title")), form, create, signIn);
    }

    private void submit() {
        try {
            if (!requiredFilled() || !passwordsMatch()) {
                return;
            }
            accounts.signUp(new SignUp(email.getValue(), password.getValue(), displayName.getValue(), kind.getValue(),
                    enterpriseName.getValue()), getLocale());
            // The same words whether the address was new or registered already.
            Forms.notifySuccess(getTranslation("signup.checkEmail", email.getValue().strip()));
            getUI().ifPresent(ui -> ui.navigate("login"));
        } catch (BusinessRuleException refused) {
            showRefusal(refused);
        } catch (ConstraintViolationException invalid) {
            Forms.showViolations(invalid, Map.of("email", email, "password", password, "displayName", displayName,
                    "enterpriseName", enterpriseName), this::getTranslation);
        } finally {
            create.setEnabled(true);
        }
    }

    private boolean requiredFilled() {
        boolean ok = true;
        for (var field : new TextField[] {enterpriseName, displayName}) {
            if (field.getValue().isBlank()) {
                Forms.showError(field, getTranslation("validation.required"));
                ok = false;
            }
        }
        if (email.getValue().isBlank() || email.isInvalid()) {
            Forms.showError(email, getTranslation(email.getValue().isBlank() ? "validation.required" : "validation.email"));
            ok = false;
        }
        return ok;
    }

    private boolean passwordsMatch() {
        if (!password.getValue().equals(confirmPassword.getValue())) {
            Forms.showError(confirmPassword, getTranslation("signup.passwordsDiffer"));
            return false;
        }
        return true;
    }

    private void showRefusal(BusinessRuleException refused) {
        String message = getTranslation(refused.messageKey(), refused.arguments());
        switch (refused.messageKey()) {
            case "password.length", "password.sameAsEmail" -> Forms.showError(password, message);
            default -> Forms.notifyError(message);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("signup.title");
    }
}
