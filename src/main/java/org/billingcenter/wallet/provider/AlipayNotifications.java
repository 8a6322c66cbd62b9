package org.billingcenter.wallet.provider;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.alipay.api.AlipayApiException;
import com.alipay.api.internal.util.AlipaySignature;

import org.billingcenter.shared.money.Money;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.wallet.PaymentGateway.NotAuthentic;
import org.billingcenter.wallet.PaymentGateway.Notification;
import org.billingcenter.wallet.PaymentGateway.PaymentCallback;
import org.billingcenter.wallet.PaymentGateway.PaymentCallback.Outcome;

/**
 * Reads Alipay's asynchronous notifications: form fields signed RSA2 by Alipay, checked with the
 * tenant's Alipay public key by the SDK ({@code rsaCheckV1}) before any field is believed, and
 * meant for the tenant's own app. Alipay stops resending once it reads the plain {@code success}.
 */
final class AlipayNotifications {

    static final String ACKNOWLEDGEMENT = "success";

    private AlipayNotifications() {
    }

    static Notification read(TenantDefinition tenant, String body, String alipayPublicKey, String appId) {
        Map<String, String> fields;
        try {
            fields = form(body);
        } catch (IllegalArgumentException malformed) {
            throw new NotAuthentic("not a form: " + malformed.getMessage());
        }
        try {
            if (!fields.containsKey("sign") || !AlipaySignature.rsaCheckV1(fields, alipayPublicKey, AlipayGateway.CHARSET,
                    AlipayGateway.SIGN_TYPE)) {
                throw new NotAuthentic("Alipay signature does not match");
            }
        } catch (AlipayApiException e) {
            throw new NotAuthentic("Alipay signature cannot be checked: " + e.getMessage(), e);
        }
        if (!appId.equals(fields.get("app_id"))) {
            throw new NotAuthentic("an Alipay notification for another app: " + fields.get("app_id"));
        }
        Optional<Outcome> outcome = outcome(fields.get("trade_status"));
        String reference = fields.get("out_trade_no");
        if (outcome.isEmpty() || reference == null) {
            return new Notification(List.of(), ACKNOWLEDGEMENT);
        }
        Money amount;
        try {
            amount = Money.of(fields.get("total_amount"), "CNY");
        } catch (RuntimeException unreadable) {
            throw new NotAuthentic("an Alipay notification without a readable total_amount");
        }
        return new Notification(List.of(new PaymentCallback(tenant.id(), reference, outcome.get(), amount,
                fields.getOrDefault("notify_id", reference), null)), ACKNOWLEDGEMENT);
    }

    /** A trade's status as an outcome: paid, closed unpaid (or fully refunded), or still waiting. */
    static Optional<Outcome> outcome(String tradeStatus) {
        return Optional.ofNullable(switch (tradeStatus == null ? "" : tradeStatus) {
            case "TRADE_SUCCESS", "TRADE_FINISHED" -> Outcome.SUCCEEDED;
            case "TRADE_CLOSED" -> Outcome.FAILED;
            case "WAIT_BUYER_PAY" -> Outcome.PENDING;
            default -> null;
        });
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }
}
