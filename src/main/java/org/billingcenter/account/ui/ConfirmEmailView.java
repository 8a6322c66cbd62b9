package org.billingcenter.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.billingcenter.account.EmailConfirmationService;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shell.Branding;
import org.billingcenter.tenant.TenantRegistry;

/**
 * Where the sign-up e-mail's link leads. The address is confirmed by a click here, not by opening
 * the page, so mail scanners that follow links do not use the link up.
 */
@Route(value = "confirm-email/:token", autoLayout = false)
@AnonymousAllowed
public class ConfirmEmailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final EmailConfirmationService confirmations;
    private final TenantRegistry tenants;

    public ConfirmEmailView(EmailConfirmationService confirmations, TenantRegistry tenants) {
        this.confirmations = confirmations;
        this.tenants = tenants;
        setAlignItems(FlexComponent.Alignment.CENTER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String token = event.getRouteParameters().get("token").orElse("");
        removeAll();
        add(Branding.header(tenants.currentBranding()), new H2(getTranslation("confirmEmail.title")));
        if (!confirmations.isUsable(token)) {
            notValid();
            return;
        }
        Button confirm = new Button(getTranslation("confirmEmail.button"));
        confirm.setId("confirm-email");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setDisableOnClick(true);
        confirm.addClickListener(click -> {
            try {
                confirmations.confirm(token);
                confirm.setVisible(false);
                Paragraph done = new Paragraph(getTranslation("confirmEmail.done"));
                done.setId("email-confirmed");
                add(done, new Anchor("", getTranslation("confirmEmail.continue")));
            } catch (BusinessRuleException refused) {
                confirm.setVisible(false);
                notValid();
            }
        });
        add(confirm);
    }

    private void notValid() {
        Paragraph gone = new Paragraph(getTranslation("confirmEmail.notValid"));
        gone.setId("confirm-not-valid");
        add(gone, new Anchor("login", getTranslation("confirmEmail.toSignIn")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("confirmEmail.title");
    }
}
