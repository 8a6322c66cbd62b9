package org.billingcenter.wallet;

import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantRegistry;
import org.billingcenter.wallet.PaymentGateway.NotAuthentic;
import org.billingcenter.wallet.PaymentGateway.Notification;
import org.billingcenter.wallet.PaymentGateway.PaymentCallback;
import org.billingcenter.wallet.PaymentGateway.WebhookRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * A provider's webhook at the tenant of the request's host: believed only once the provider's
 * adapter has checked its signature with the tenant's keys, then settled through the same callback
 * path as every payment (whose order locks and status make repeats, late and out-of-order
 * deliveries credit once). A provider the tenant does not offer has no webhook here.
 */
@Component
class PaymentWebhooks {

    private static final Logger log = LoggerFactory.getLogger(PaymentWebhooks.class);

    /** What to answer the provider. */
    record Answer(HttpStatus status, String body) {
    }

    private final TenantRegistry tenants;
    private final PaymentProviders providers;
    private final RechargeService recharges;
    private final PaymentPurposes purposes;

    PaymentWebhooks(TenantRegistry tenants, PaymentProviders providers, RechargeService recharges, PaymentPurposes purposes) {
        this.tenants = tenants;
        this.providers = providers;
        this.recharges = recharges;
        this.purposes = purposes;
    }

    Answer receive(String provider, WebhookRequest request) {
        TenantDefinition tenant = tenants.current();
        var gateway = providers.offered(tenant, provider).filter(offered -> !offered.provider().equals(PaymentProviders.SIMULATED));
        if (gateway.isEmpty()) {
            return new Answer(HttpStatus.NOT_FOUND, "no such payment provider here");
        }
        Notification notification;
        try {
            notification = gateway.get().verify(tenant, request);
        } catch (NotAuthentic refused) {
            log.warn("Refused a {} webhook at {}: {}", provider, tenant.id(), refused.getMessage());
            return new Answer(HttpStatus.BAD_REQUEST, "signature not verified");
        }
        for (PaymentCallback callback : notification.callbacks()) {
            boolean settled = purposes.claiming(callback.reference()).map(purpose -> purpose.settle(callback))
                    .orElseGet(() -> recharges.onVerifiedPayment(callback));
            log.info("{} webhook at {}: {} for {} {}", provider, tenant.id(), callback.outcome(), callback.reference(),
                    settled ? "settled the order" : "changed nothing (unknown, already settled or still pending)");
        }
        return new Answer(HttpStatus.OK, notification.acknowledgement());
    }
}
