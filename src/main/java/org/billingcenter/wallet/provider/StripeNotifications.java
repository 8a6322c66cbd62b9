package org.billingcenter.wallet.provider;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

import com.stripe.exception.EventDataObjectDeserializationException;
import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.model.StripeObject;
import com.stripe.model.checkout.Session;
import com.stripe.net.Webhook;

import org.billingcenter.shared.money.Money;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.wallet.PaymentGateway.NotAuthentic;
import org.billingcenter.wallet.PaymentGateway.Notification;
import org.billingcenter.wallet.PaymentGateway.PaymentCallback;
import org.billingcenter.wallet.PaymentGateway.PaymentCallback.Outcome;
import org.billingcenter.wallet.PaymentGateway.WebhookRequest;

/**
 * Reads Stripe's Checkout Session events, once the SDK has checked the {@code Stripe-Signature}
 * (an HMAC-SHA256 of {@code t.payload} with the endpoint's secret, within five minutes). A completed
 * session that is not yet paid (a delayed method such as a bank debit) leaves the order pending until
 * {@code async_payment_succeeded} or {@code _failed}; an expired one fails it. Other events are
 * acknowledged and change nothing.
 */
final class StripeNotifications {

    static final String ORDER_REFERENCE = "order_reference";

    private StripeNotifications() {
    }

    static Notification read(TenantDefinition tenant, WebhookRequest request, String webhookSecret) {
        String signature = request.header("Stripe-Signature");
        if (signature == null || signature.isBlank()) {
            throw new NotAuthentic("no Stripe-Signature header");
        }
        Event event;
        try {
            event = Webhook.constructEvent(request.body(), signature, webhookSecret);
        } catch (SignatureVerificationException e) {
            throw new NotAuthentic("Stripe-Signature does not match: " + e.getMessage());
        } catch (RuntimeException unreadable) {
            throw new NotAuthentic("not a Stripe event", unreadable);
        }
        Outcome outcome = switch (event.getType()) {
            case "checkout.session.completed" -> null; // decided by the session's payment status below
            case "checkout.session.async_payment_succeeded" -> Outcome.SUCCEEDED;
            case "checkout.session.async_payment_failed", "checkout.session.expired" -> Outcome.FAILED;
            default -> Outcome.PENDING;
        };
        if (outcome == Outcome.PENDING) {
            return new Notification(List.of(), "");
        }
        Session session = session(event);
        if (outcome == null) {
            outcome = "paid".equals(session.getPaymentStatus()) || "no_payment_required".equals(session.getPaymentStatus())
                    ? Outcome.SUCCEEDED : Outcome.PENDING;
        }
        String reference = session.getClientReferenceId() != null ? session.getClientReferenceId()
                : session.getMetadata() == null ? null : session.getMetadata().get(ORDER_REFERENCE);
        if (reference == null) {
            return new Notification(List.of(), "");
        }
        return new Notification(List.of(new PaymentCallback(tenant.id(), reference, outcome, amount(session), event.getId(), null)), "");
    }

    private static Session session(Event event) {
        try {
            StripeObject object = event.getDataObjectDeserializer().deserializeUnsafe();
            if (object instanceof Session session) {
                return session;
            }
        } catch (EventDataObjectDeserializationException e) {
            throw new NotAuthentic("unreadable checkout session", e);
        }
        throw new NotAuthentic("a checkout event without a checkout session");
    }

    private static Money amount(Session session) {
        if (session.getAmountTotal() == null || session.getCurrency() == null) {
            throw new NotAuthentic("a checkout session without an amount");
        }
        try {
            Currency currency = Currency.getInstance(session.getCurrency().toUpperCase(Locale.ROOT));
            return Money.of(BigDecimal.valueOf(session.getAmountTotal(), currency.getDefaultFractionDigits()), currency);
        } catch (IllegalArgumentException e) {
            throw new NotAuthentic("a checkout session in an unknown currency " + session.getCurrency());
        }
    }
}
