package org.billingcenter.wallet;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.billingcenter.shared.money.Money;
import org.billingcenter.tenant.TenantDefinition;

/**
 * The port to an online payment provider. A payment is opened pending; the provider later tells
 * the outcome by a signed notification, which may arrive late, more than once, or out of order.
 */
public interface PaymentGateway {

    /** The provider's id: in tenant files, webhook addresses ({@code /api/payments/<id>/webhook}) and orders. */
    String provider();

    /** The settings the tenant's payments at this provider need that are not set here (empty: it serves the tenant). */
    List<String> missingSettings(TenantDefinition tenant);

    /** Opens a payment at the provider; the payer finishes it by the returned link. */
    GatewayPayment open(PaymentRequest request);

    /** Where the payer is sent to pay: the provider's own page, or this portal's page showing {@code link}. */
    String checkoutUrl(String reference, String link);

    /**
     * What a webhook says, believed only once its signature checks out with the tenant's keys.
     *
     * @throws NotAuthentic when it does not, or when it cannot be read
     */
    Notification verify(TenantDefinition tenant, WebhookRequest request);

    /**
     * The provider's present word on a payment whose notification may never have come (empty when
     * the provider cannot be asked, or knows nothing yet).
     */
    default Optional<PaymentCallback> query(TenantDefinition tenant, String reference) {
        return Optional.empty();
    }

    /**
     * A payment to open: the order's reference is what the provider reports back; {@code returnUrl}
     * takes the payer back to the portal, {@code notifyUrl} is the provider's webhook on the tenant's host.
     */
    record PaymentRequest(TenantDefinition tenant, long orderId, String reference, Money amount, String returnUrl, String notifyUrl) {
    }

    /** The provider's link for the payer (a hosted page, or the content of a QR code). */
    record GatewayPayment(String link) {
    }

    /** A webhook as it arrived: header names in lower case, the body as sent. */
    record WebhookRequest(Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** What a verified webhook reports (possibly nothing about a payment), and the answer the provider expects. */
    record Notification(List<PaymentCallback> callbacks, String acknowledgement) {
    }

    /** A webhook whose signature does not check out: nothing in it is believed. */
    class NotAuthentic extends RuntimeException {

        public NotAuthentic(String reason) {
            super(reason);
        }

        public NotAuthentic(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    /** What the provider reports about a payment. {@code eventId} differs per delivery attempt series. */
    record PaymentCallback(String tenantId, String reference, Outcome outcome, Money amount, String eventId, String signature) {

        public enum Outcome { PENDING, SUCCEEDED, FAILED }

        /** The bytes the simulated provider signs. */
        public String signedContent() {
            return tenantId + "|" + reference + "|" + outcome + "|" + amount + "|" + eventId;
        }
    }
}
