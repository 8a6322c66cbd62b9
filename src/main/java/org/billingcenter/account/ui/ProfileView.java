package org.billingcenter.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.billingcenter.account.AccountProfile;
import org.billingcenter.account.AccountService;
import org.billingcenter.account.EmailConfirmationService;
import org.billingcenter.account.PhoneChangeService;
import org.billingcenter.account.SignInSecurityService;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.EmailAddresses;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.ui.Confirm;
import org.billingcenter.shared.ui.Forms;
import org.billingcenter.tenant.TenantRegistry;

/**
 * The account's profile (editable by its Owner and Administrators, readable by Finance and
 * Auditors), the signed-in user's password and their sessions elsewhere.
 */
@Route("profile")
@Menu(order = 90, title = "menu.profile")
@PermitAll
public class ProfileView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final SignInSecurityService security;

    final TextField enterpriseName = new TextField();
    final TextField industry = new TextField();
    final TextField region = new TextField();
    final TextArea introduction = new TextArea();
    final TextField contactName = new TextField();
    final EmailField contactEmail = new EmailField();
    final TextField contactPhone = new TextField();
    final Button saveProfile = new Button();

    final PasswordField currentPassword = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final Button changePassword = new Button();

    final Button signOutOthers = new Button();

    public ProfileView(AccountService accounts, SignInSecurityService security, PhoneChangeService phones, TenantRegistry tenants,
            EmailConfirmationService confirmations) {
        this.accounts = accounts;
        this.security = security;
        add(new H2(getTranslation("profile.title")));
        var user = CurrentUser.require();
        if (!user.has(Role.OPERATOR) && confirmations.mustConfirmMyEmail()) {
            add(new EmailConfirmationNotice(confirmations));
        }
        if (user.accountId() != null && !user.has(Role.MEMBER)) {
            add(profileForm(user.has(Role.OWNER) || user.has(Role.ADMINISTRATOR)));
        }
        add(passwordForm(), sessions());
        if (!user.has(Role.OPERATOR)) {
            add(new PhoneChangePanel(phones), new SignInSecurityPanel(security, tenants.current().timeZone()));
        }
    }

    private VerticalLayout profileForm(boolean editable) {
        Binder<AccountProfile> binder = new Binder<>(AccountProfile.class);
        label(enterpriseName, "profile.enterpriseName", "enterprise-name");
        label(industry, "profile.industry", "industry");
        label(region, "profile.region", "region");
        introduction.setLabel(getTranslation("profile.introduction"));
        introduction.setMaxLength(1000);
        label(contactName, "profile.contactName", "contact-name");
        contactEmail.setLabel(getTranslation("profile.contactEmail"));
        contactEmail.setId("contact-email");
        label(contactPhone, "profile.contactPhone", "contact-phone");
        binder.forField(enterpriseName).asRequired(getTranslation("validation.required")).bind("enterpriseName");
        binder.forField(industry).bind("industry");
        binder.forField(region).bind("region");
        binder.forField(introduction).bind("introduction");
        binder.forField(contactName).bind("contactName");
        // Vaadin's EmailValidator runs a pattern that backtracks on long input; ours checks the length first.
        binder.forField(contactEmail).withValidator(email -> email == null || email.isBlank() || EmailAddresses.isPlausible(email),
                getTranslation("validation.email")).bind("contactEmail");
        binder.forField(contactPhone)
                .withValidator(phone -> phone == null || phone.isBlank() || phone.length() <= 40 && phone.matches("\\+?[0-9 ()-]{5,40}"), getTranslation("validation.phone"))
                .bind("contactPhone");
        binder.readBean(accounts.myProfile());
        binder.setReadOnly(!editable);

        saveProfile.setText(getTranslation("action.save"));
        saveProfile.setId("save-profile");
        saveProfile.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveProfile.setVisible(editable);
        saveProfile.addClickListener(click -> save(binder));

        FormLayout form = new FormLayout(enterpriseName, industry, region, contactName, contactEmail, contactPhone, introduction);
        form.setColspan(introduction, 2);
        return new VerticalLayout(new H3(getTranslation("profile.account")), form, saveProfile);
    }

    private void save(Binder<AccountProfile> binder) {
        try {
            AccountProfile profile = binder.writeRecord();
            binder.readBean(accounts.updateProfile(profile));
            Forms.notifySuccess(getTranslation("profile.saved"));
        } catch (ValidationException invalid) {
            // the fields show what is wrong
        } catch (BusinessRuleException refused) {
            Forms.notifyError(getTranslation(refused.messageKey(), refused.arguments()));
        }
    }

    private VerticalLayout passwordForm() {
        currentPassword.setLabel(getTranslation("profile.currentPassword"));
        currentPassword.setId("current-password");
        newPassword.setLabel(getTranslation("profile.newPassword"));
        newPassword.setHelperText(getTranslation("password.length", 10, 128) + " " + getTranslation("profile.passwordEndsSessions"));
        newPassword.setId("new-password");
        Forms.clearErrorOnEdit(currentPassword, newPassword);
        changePassword.setText(getTranslation("profile.changePassword"));
        changePassword.setId("change-password");
        changePassword.addClickListener(click -> {
            try {
                accounts.changePassword(currentPassword.getValue(), newPassword.getValue());
                currentPassword.clear();
                newPassword.clear();
                Forms.notifySuccess(getTranslation("profile.passwordChanged") + " " + getTranslation("sessions.othersEnded"));
            } catch (BusinessRuleException refused) {
                var field = refused.messageKey().equals("password.currentWrong") ? currentPassword : newPassword;
                Forms.showError(field, getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        return new VerticalLayout(new H3(getTranslation("profile.password")), new FormLayout(currentPassword, newPassword), changePassword);
    }

    /** Signing out everywhere else, e.g. after using a shared computer; this session goes on. */
    private VerticalLayout sessions() {
        signOutOthers.setText(getTranslation("sessions.signOutOthers"));
        signOutOthers.setId("sign-out-others");
        signOutOthers.addClickListener(click -> Confirm.ask("sign-out-others", getTranslation("sessions.signOutOthers"),
                getTranslation("sessions.confirmText"), getTranslation("sessions.signOutOthers"), getTranslation("action.cancel"), () -> {
                    security.signOutOtherSessions();
                    Forms.notifySuccess(getTranslation("sessions.othersEnded"));
                }));
        return new VerticalLayout(new H3(getTranslation("sessions.title")), new Paragraph(getTranslation("sessions.explanation")),
                signOutOthers);
    }

    private void label(TextField field, String key, String id) {
        field.setLabel(getTranslation(key));
        field.setId(id);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("profile.title");
    }
}
