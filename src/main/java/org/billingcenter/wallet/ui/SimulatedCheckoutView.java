package org.billingcenter.wallet.ui;

import java.time.Duration;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.PermitAll;

import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.ui.Forms;
import org.billingcenter.tenant.TenantRegistry;
import org.billingcenter.wallet.SimulatedPaymentGateway;
import org.springframework.beans.factory.ObjectProvider;

/**
 * The simulated payment provider's checkout page, standing in for a real provider's site: the
 * customer pays or gives up here, and the provider reports the outcome to the wallet later by
 * signed callbacks. The wallet is credited by those callbacks, never by this page.
 */
@Route(value = SimulatedPaymentGateway.CHECKOUT_PATH + ":reference", autoLayout = false)
@PermitAll
public class SimulatedCheckoutView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Long enough that the customer is back on the wallet before the provider calls, as with real providers. */
    static final Duration CALLBACK_DELAY = Duration.ofMillis(300);

    private final SimulatedPaymentGateway gateway;
    private final TenantRegistry tenants;

    /** Without the simulated provider the route is removed ({@link SimulatedCheckoutRoute}); this is a second lock on that door. */
    public SimulatedCheckoutView(ObjectProvider<SimulatedPaymentGateway> gateway, TenantRegistry tenants) {
        this.gateway = gateway.getIfAvailable();
        this.tenants = tenants;
        addClassName("checkout-view");
        setAlignItems(FlexComponent.Alignment.CENTER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        if (gateway == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        String reference = event.getRouteParameters().get("reference").orElse("");
        add(new H2(getTranslation("checkout.title")));
        gateway.amountOf(reference).ifPresentOrElse(amount -> showPayment(reference, amount), this::showClosed);
    }

    private void showPayment(String reference, Money amount) {
        Span due = new Span(new WalletFormat(getLocale(), tenants.current().timeZone()).money(amount));
        due.setId("checkout-amount");
        due.addClassName("figure-value");
        Paragraph merchant = new Paragraph(getTranslation("checkout.merchant", tenants.current().brandName()));
        Button pay = new Button(getTranslation("checkout.pay"), click -> decide(reference, true));
        pay.setId("checkout-pay");
        pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        pay.setDisableOnClick(true);
        Button cancel = new Button(getTranslation("checkout.cancel"), click -> decide(reference, false));
        cancel.setId("checkout-cancel");
        cancel.setDisableOnClick(true);
        add(merchant, due, new Paragraph(getTranslation("checkout.simulated")), new HorizontalLayout(cancel, pay));
    }

    private void showClosed() {
        Paragraph closed = new Paragraph(getTranslation("checkout.closed"));
        closed.setId("checkout-closed");
        RouterLink back = new RouterLink(getTranslation("checkout.backToWallet"), WalletView.class);
        back.setId("checkout-back");
        add(closed, back);
    }

    private void decide(String reference, boolean paid) {
        String outcome = getTranslation(paid ? "checkout.paid" : "checkout.cancelled");
        gateway.decide(reference, paid, CALLBACK_DELAY);
        UI.getCurrent().navigate(WalletView.class);
        if (paid) {
            Forms.notifySuccess(outcome);
        } else {
            Forms.notifyError(outcome);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("checkout.title");
    }
}
