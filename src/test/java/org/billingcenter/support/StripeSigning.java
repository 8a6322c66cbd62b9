package org.billingcenter.support;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signs webhooks exactly as Stripe does: {@code Stripe-Signature: t=<unix seconds>,v1=<hex
 * HMAC-SHA256 of "t.payload" keyed with the endpoint's secret>}; and writes the Checkout Session
 * events Stripe sends.
 */
public final class StripeSigning {

    /** The test deployment's Stripe secrets (no real account has them). */
    public static final String API_KEY = "sk_test_billing_center_stub";
    public static final String WEBHOOK_SECRET = "whsec_billing_center_test_secret";

    private StripeSigning() {
    }

    public static String signature(String payload, String secret, Instant at) {
        long t = at.getEpochSecond();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String v1 = HexFormat.of().formatHex(mac.doFinal((t + "." + payload).getBytes(StandardCharsets.UTF_8)));
            return "t=" + t + ",v1=" + v1;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String signature(String payload) {
        return signature(payload, WEBHOOK_SECRET, Instant.now());
    }

    /** A Checkout Session event as Stripe sends it. */
    public static String sessionEvent(String type, String reference, long amountMinor, String currency, String paymentStatus) {
        String status = type.endsWith("expired") ? "expired" : "complete";
        return """
                {"id": "evt_%s", "object": "event", "api_version": "%s", "created": %d, "livemode": false, "pending_webhooks": 1,
                 "type": "%s", "data": {"object": {"id": "cs_test_%s", "object": "checkout.session", "mode": "payment",
                 "status": "%s", "payment_status": "%s", "amount_total": %d, "currency": "%s", "client_reference_id": "%s",
                 "metadata": {"order_reference": "%s"}, "livemode": false}}}"""
                .formatted(java.util.UUID.randomUUID().toString().replace("-", ""), com.stripe.Stripe.API_VERSION,
                        Instant.now().getEpochSecond(), type, reference, status, paymentStatus, amountMinor, currency, reference, reference);
    }
}
