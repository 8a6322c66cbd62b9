package org.billingcenter.wallet.ui;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.shared.identity.Role;
import org.billingcenter.tenant.TenantRegistry;
import org.billingcenter.wallet.RechargeService;
import org.billingcenter.wallet.RechargeService.PaymentToFinish;
import org.billingcenter.wallet.provider.WechatPayGateway;

/**
 * WeChat Pay's Native checkout: the order's payment code as a QR code for the payer to scan with
 * WeChat. Shown only for a pending order of the payer's own account; the wallet is credited by
 * WeChat Pay's notification, never by this page.
 */
@Route(value = WechatPayGateway.CHECKOUT_PATH + ":reference", autoLayout = false)
@RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE})
public class WechatPayCheckoutView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final RechargeService recharges;
    private final TenantRegistry tenants;

    public WechatPayCheckoutView(RechargeService recharges, TenantRegistry tenants) {
        this.recharges = recharges;
        this.tenants = tenants;
        addClassName("checkout-view");
        setAlignItems(FlexComponent.Alignment.CENTER);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String reference = event.getRouteParameters().get("reference").orElse("");
        add(new H2(getTranslation("wechatCheckout.title")));
        recharges.paymentToFinish("wechatpay", reference).ifPresentOrElse(this::showCode, this::showClosed);
    }

    private void showCode(PaymentToFinish payment) {
        String amount = new WalletFormat(getLocale(), tenants.current().timeZone()).money(payment.amount());
        Span due = new Span(amount);
        due.setId("checkout-amount");
        due.addClassName("figure-value");
        Image code = new Image(QrCode.svgDataUrl(payment.link()), getTranslation("wechatCheckout.qrAlt"));
        code.setId("wechat-qr");
        code.setWidth("240px");
        code.setHeight("240px");
        RouterLink back = new RouterLink(getTranslation("checkout.backToWallet"), WalletView.class);
        back.setId("checkout-back");
        add(due, code, new Paragraph(getTranslation("wechatCheckout.scan", amount, tenants.current().brandName())),
                new Paragraph(getTranslation("wechatCheckout.after")), back);
    }

    private void showClosed() {
        Paragraph closed = new Paragraph(getTranslation("checkout.closed"));
        closed.setId("checkout-closed");
        RouterLink back = new RouterLink(getTranslation("checkout.backToWallet"), WalletView.class);
        back.setId("checkout-back");
        add(closed, back);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("wechatCheckout.title");
    }
}
