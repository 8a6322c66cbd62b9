package org.billingcenter.wallet;

import org.billingcenter.shared.money.Money;

/**
 * The port to an online payment provider. A payment is created pending; the provider later tells
 * the outcome by a signed callback, which may arrive late, more than once, or out of order.
 */
public interface PaymentGateway {

    /** Opens a payment; the customer finishes it at the returned checkout address. */
    GatewayPayment open(String tenantId, long rechargeOrderId, Money amount);

    /** Where the customer finishes (or resumes) an open payment. */
    String checkoutUrl(String reference);

    /** Whether a callback really comes from the provider (its signature checks out). */
    boolean isAuthentic(PaymentCallback callback);

    record GatewayPayment(String reference, String checkoutUrl) {
    }

    /** What the provider reports about a payment. {@code eventId} differs per delivery attempt series. */
    record PaymentCallback(String tenantId, String reference, Outcome outcome, Money amount, String eventId, String signature) {

        public enum Outcome { PENDING, SUCCEEDED, FAILED }

        /** The bytes the provider signs. */
        public String signedContent() {
            return tenantId + "|" + reference + "|" + outcome + "|" + amount + "|" + eventId;
        }
    }
}
