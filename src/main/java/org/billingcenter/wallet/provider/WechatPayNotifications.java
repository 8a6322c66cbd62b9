package org.billingcenter.wallet.provider;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

import com.wechat.pay.java.core.RSAPublicKeyConfig;
import com.wechat.pay.java.core.notification.NotificationParser;
import com.wechat.pay.java.core.notification.RequestParam;
import com.wechat.pay.java.service.payments.model.Transaction;

import org.billingcenter.shared.money.Money;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.wallet.PaymentGateway.NotAuthentic;
import org.billingcenter.wallet.PaymentGateway.Notification;
import org.billingcenter.wallet.PaymentGateway.PaymentCallback;
import org.billingcenter.wallet.PaymentGateway.PaymentCallback.Outcome;
import org.billingcenter.wallet.PaymentGateway.WebhookRequest;

/**
 * Reads WeChat Pay v3 payment notifications: the SDK's {@link NotificationParser} checks the
 * platform's RSA signature over the {@code Wechatpay-*} headers and the body, then decrypts the
 * AEAD_AES_256_GCM resource with the APIv3 key. The transaction must be the tenant's merchant's and app's.
 */
final class WechatPayNotifications {

    private WechatPayNotifications() {
    }

    static Notification read(TenantDefinition tenant, WebhookRequest request, RSAPublicKeyConfig config, String merchantId, String appId) {
        if (request.header("Wechatpay-Signature") == null || request.header("Wechatpay-Serial") == null
                || request.header("Wechatpay-Timestamp") == null || request.header("Wechatpay-Nonce") == null) {
            throw new NotAuthentic("Wechatpay-* signature headers missing");
        }
        RequestParam param = new RequestParam.Builder()
                .serialNumber(request.header("Wechatpay-Serial"))
                .timestamp(request.header("Wechatpay-Timestamp"))
                .nonce(request.header("Wechatpay-Nonce"))
                .signature(request.header("Wechatpay-Signature"))
                .signType(request.header("Wechatpay-Signature-Type"))
                .body(request.body())
                .build();
        Transaction transaction;
        try {
            transaction = new NotificationParser(config).parse(param, Transaction.class);
        } catch (RuntimeException e) { // the SDK's ValidationException, MalformedMessageException, DecryptionException…
            throw new NotAuthentic("WeChat Pay notification not verified: " + e.getMessage(), e);
        }
        if (!merchantId.equals(transaction.getMchid()) || !appId.equals(transaction.getAppid())) {
            throw new NotAuthentic("a WeChat Pay transaction of another merchant or app");
        }
        try {
            return new Notification(callback(tenant, transaction, request.header("Wechatpay-Nonce")).stream().toList(), "");
        } catch (IllegalArgumentException unreadable) {
            throw new NotAuthentic("a WeChat Pay transaction in an unknown currency: " + unreadable.getMessage());
        }
    }

    /** A transaction's state as an outcome: paid; closed, revoked or failed; or still open (nothing to settle). */
    static Optional<PaymentCallback> callback(TenantDefinition tenant, Transaction transaction, String eventId) {
        if (transaction.getTradeState() == null || transaction.getOutTradeNo() == null || transaction.getAmount() == null
                || transaction.getAmount().getTotal() == null) {
            return Optional.empty();
        }
        Outcome outcome = switch (transaction.getTradeState()) {
            case SUCCESS -> Outcome.SUCCEEDED;
            case CLOSED, REVOKED, PAYERROR -> Outcome.FAILED;
            default -> Outcome.PENDING;
        };
        String currency = transaction.getAmount().getCurrency() == null ? "CNY" : transaction.getAmount().getCurrency();
        Money amount = Money.of(BigDecimal.valueOf(transaction.getAmount().getTotal(), 2), java.util.Currency.getInstance(currency));
        return Optional.of(new PaymentCallback(tenant.id(), transaction.getOutTradeNo(), outcome, amount, eventId, null));
    }

}
