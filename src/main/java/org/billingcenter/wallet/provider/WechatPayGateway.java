package org.billingcenter.wallet.provider;

import java.util.List;
import java.util.Optional;

import com.wechat.pay.java.core.exception.WechatPayException;
import com.wechat.pay.java.service.payments.nativepay.NativePayService;
import com.wechat.pay.java.service.payments.nativepay.model.Amount;
import com.wechat.pay.java.service.payments.nativepay.model.PrepayRequest;
import com.wechat.pay.java.service.payments.nativepay.model.QueryOrderByOutTradeNoRequest;

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
 * WeChat Pay v3, Native payment: the order is placed with WeChat Pay, whose {@code code_url} the
 * portal's own checkout page shows as a QR code for the payer to scan; the outcome comes by v3
 * notification ({@link WechatPayNotifications}). The SDK signs every request with the merchant's
 * key and checks every answer with the platform public key.
 */
@Component
public class WechatPayGateway implements PaymentGateway {

    private static final Logger log = LoggerFactory.getLogger(WechatPayGateway.class);
    /** This portal's page showing the QR code. */
    public static final String CHECKOUT_PATH = "pay/wechatpay/";

    private final PaymentSecrets secrets;
    private final WechatPayClients clients;

    WechatPayGateway(PaymentSecrets secrets, PaymentProperties properties) {
        this.secrets = secrets;
        this.clients = new WechatPayClients(secrets, properties.wechatpay().apiBase());
    }

    @Override
    public String provider() {
        return Payments.Provider.WECHATPAY.id();
    }

    @Override
    public List<String> missingSettings(TenantDefinition tenant) {
        Payments.WechatPay settings = tenant.payments().wechatpay();
        return settings == null ? List.of("payments.wechatpay")
                : secrets.missing(settings.merchantIdEnv(), settings.appIdEnv(), settings.privateKeyEnv(), settings.merchantSerialNumberEnv(),
                        settings.apiV3KeyEnv(), settings.platformPublicKeyEnv(), settings.platformPublicKeyIdEnv());
    }

    @Override
    public GatewayPayment open(PaymentRequest request) {
        Payments.WechatPay settings = request.tenant().payments().wechatpay();
        Amount amount = new Amount();
        amount.setTotal(request.amount().amount().movePointRight(2).intValueExact());
        amount.setCurrency("CNY");
        PrepayRequest prepay = new PrepayRequest();
        prepay.setAppid(secrets.require(settings.appIdEnv()));
        prepay.setMchid(secrets.require(settings.merchantIdEnv()));
        prepay.setDescription(request.tenant().brandName() + " " + request.reference());
        prepay.setOutTradeNo(request.reference());
        prepay.setNotifyUrl(request.notifyUrl());
        prepay.setAmount(amount);
        try {
            return new GatewayPayment(service(request.tenant()).prepay(prepay).getCodeUrl());
        } catch (WechatPayException | IllegalArgumentException e) {
            log.warn("WeChat Pay refused a Native order for {}: {}", request.reference(), e.getMessage());
            throw new BusinessRuleException("recharge.providerUnavailable");
        }
    }

    @Override
    public String checkoutUrl(String reference, String link) {
        return CHECKOUT_PATH + reference;
    }

    @Override
    public Notification verify(TenantDefinition tenant, WebhookRequest request) {
        Payments.WechatPay settings = tenant.payments().wechatpay();
        return WechatPayNotifications.read(tenant, request, clients.config(tenant), secrets.require(settings.merchantIdEnv()),
                secrets.require(settings.appIdEnv()));
    }

    @Override
    public Optional<PaymentCallback> query(TenantDefinition tenant, String reference) {
        QueryOrderByOutTradeNoRequest query = new QueryOrderByOutTradeNoRequest();
        query.setMchid(secrets.require(tenant.payments().wechatpay().merchantIdEnv()));
        query.setOutTradeNo(reference);
        try {
            return WechatPayNotifications.callback(tenant, service(tenant).queryOrderByOutTradeNo(query), "query-" + reference);
        } catch (WechatPayException e) {
            log.warn("WeChat Pay could not be asked about {}: {}", reference, e.getMessage());
            return Optional.empty();
        }
    }

    private NativePayService service(TenantDefinition tenant) {
        return new NativePayService.Builder().config(clients.config(tenant)).httpClient(clients.httpClient(tenant)).build();
    }
}
