package org.billingcenter.wallet.provider;

import java.util.List;
import java.util.Locale;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.model.checkout.Session;
import com.stripe.net.RequestOptions;
import com.stripe.param.checkout.SessionCreateParams;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.tenant.Payments;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.wallet.PaymentGateway;
import org.billingcenter.wallet.PaymentProperties;
import org.billingcenter.wallet.PaymentSecrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Stripe: one Checkout Session per recharge order, on Stripe's hosted page; the outcome comes by
 * webhook ({@link StripeNotifications}). The order's reference goes as the session's client
 * reference and in its metadata, and is the session's idempotency key, so a retried request never
 * opens a second session.
 */
@Component
public class StripeGateway implements PaymentGateway {

    private static final Logger log = LoggerFactory.getLogger(StripeGateway.class);

    private final PaymentSecrets secrets;
    private final String apiBase;

    StripeGateway(PaymentSecrets secrets, PaymentProperties properties) {
        this.secrets = secrets;
        this.apiBase = properties.stripe().apiBase();
    }

    @Override
    public String provider() {
        return Payments.Provider.STRIPE.id();
    }

    @Override
    public List<String> missingSettings(TenantDefinition tenant) {
        Payments.Stripe settings = tenant.payments().stripe();
        return settings == null ? List.of("payments.stripe") : secrets.missing(settings.apiKeyEnv(), settings.webhookSecretEnv());
    }

    @Override
    public GatewayPayment open(PaymentRequest request) {
        StripeClient client = StripeClient.builder().setApiKey(secrets.require(request.tenant().payments().stripe().apiKeyEnv()))
                .setApiBase(apiBase).setMaxNetworkRetries(2).build();
        long minorUnits = request.amount().amount().movePointRight(request.amount().currency().getDefaultFractionDigits())
                .longValueExact();
        SessionCreateParams params = SessionCreateParams.builder()
                .setMode(SessionCreateParams.Mode.PAYMENT)
                .setClientReferenceId(request.reference())
                .putMetadata(StripeNotifications.ORDER_REFERENCE, request.reference())
                .putMetadata("tenant", request.tenant().id())
                .setSuccessUrl(request.returnUrl())
                .setCancelUrl(request.returnUrl())
                .setPaymentIntentData(SessionCreateParams.PaymentIntentData.builder()
                        .putMetadata(StripeNotifications.ORDER_REFERENCE, request.reference()).build())
                .addLineItem(SessionCreateParams.LineItem.builder().setQuantity(1L)
                        .setPriceData(SessionCreateParams.LineItem.PriceData.builder()
                                .setCurrency(request.amount().currency().getCurrencyCode().toLowerCase(Locale.ROOT))
                                .setUnitAmount(minorUnits)
                                .setProductData(SessionCreateParams.LineItem.PriceData.ProductData.builder()
                                        .setName(request.tenant().brandName() + " · " + request.reference()).build())
                                .build())
                        .build())
                .build();
        try {
            Session session = client.v1().checkout().sessions().create(params,
                    RequestOptions.builder().setIdempotencyKey(request.reference()).build());
            return new GatewayPayment(session.getUrl());
        } catch (StripeException e) {
            log.warn("Stripe refused to open a checkout session for {}: {}", request.reference(), e.getMessage());
            throw new BusinessRuleException("recharge.providerUnavailable");
        }
    }

    /** Stripe's hosted checkout page. */
    @Override
    public String checkoutUrl(String reference, String link) {
        return link;
    }

    @Override
    public Notification verify(TenantDefinition tenant, WebhookRequest request) {
        return StripeNotifications.read(tenant, request, secrets.require(tenant.payments().stripe().webhookSecretEnv()));
    }
}
