package org.billingcenter.account.ui;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.billingcenter.account.InvitationOffer;
import org.billingcenter.account.InvitationService;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.ui.Forms;
import org.billingcenter.shell.Branding;
import org.billingcenter.tenant.TenantRegistry;

/**
 * Where an invitation link leads. A newcomer chooses a name and password (signing up); someone
 * who already signs in at this portal enters their password. Then they sign in as usual.
 */
@Route(value = "invitation/:token", autoLayout = false)
@AnonymousAllowed
public class AcceptInvitationView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final InvitationService invitations;
    private final TenantRegistry tenants;

    final TextField displayName = new TextField();
    final PasswordField password = new PasswordField();
    final PasswordField confirmPassword = new PasswordField();
    final Button accept = new Button();
    private String token;

    public AcceptInvitationView(InvitationService invitations, TenantRegistry tenants) {
        this.invitations = invitations;
        this.tenants = tenants;
        setAlignItems(FlexComponent.Alignment.CENTER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        add(Branding.header(tenants.currentBranding()), new H2(getTranslation("invitation.title")));
        Optional<InvitationOffer> offer = invitations.offer(token);
        if (offer.isEmpty()) {
            Paragraph gone = new Paragraph(getTranslation("invitation.notValid"));
            gone.setId("invitation-not-valid");
            add(gone);
            return;
        }
        show(offer.get());
    }

    private void show(InvitationOffer offer) {
        Paragraph what = new Paragraph(getTranslation("invitation.offer", offer.accountName(),
                getTranslation("role." + offer.role().name()), offer.email()));
        what.setId("invitation-offer");
        displayName.setLabel(getTranslation("signup.displayName"));
        displayName.setId("display-name");
        displayName.setVisible(!offer.existingUser());
        password.setLabel(getTranslation(offer.existingUser() ? "invitation.yourPassword" : "signup.password"));
        password.setId("password");
        confirmPassword.setLabel(getTranslation("signup.confirmPassword"));
        confirmPassword.setId("confirm-password");
        confirmPassword.setVisible(!offer.existingUser());
        Forms.clearErrorOnEdit(displayName, password, confirmPassword);
        accept.setText(getTranslation("invitation.accept"));
        accept.setId("accept-invitation");
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClickListener(click -> submit(offer.existingUser()));
        FormLayout form = new FormLayout(displayName, password, confirmPassword);
        form.setMaxWidth("32em");
        add(what, form, accept);
    }

    private void submit(boolean existingUser) {
        if (!existingUser && !password.getValue().equals(confirmPassword.getValue())) {
            Forms.showError(confirmPassword, getTranslation("signup.passwordsDiffer"));
            return;
        }
        try {
            invitations.accept(token, displayName.getValue(), password.getValue());
            Forms.notifySuccess(getTranslation("invitation.accepted"));
            getUI().ifPresent(ui -> ui.navigate("login"));
        } catch (BusinessRuleException refused) {
            String message = getTranslation(refused.messageKey(), refused.arguments());
            switch (refused.messageKey()) {
                case "password.length", "password.sameAsEmail", "invitation.wrongPassword" -> Forms.showError(password, message);
                case "validation.required" -> Forms.showError(displayName, message);
                default -> Forms.notifyError(message);
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.title");
    }
}
