package org.billingcenter.wallet.provider;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.alipay.api.AlipayApiException;
import com.alipay.api.AlipayClient;
import com.alipay.api.DefaultAlipayClient;
import com.alipay.api.domain.AlipayTradePagePayModel;
import com.alipay.api.domain.AlipayTradeQueryModel;
import com.alipay.api.request.AlipayTradePagePayRequest;
import com.alipay.api.request.AlipayTradeQueryRequest;
import com.alipay.api.response.AlipayTradeQueryResponse;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.money.Money;
import org.billingcenter.tenant.Payments;
import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.wallet.PaymentGateway;
import org.billingcenter.wallet.PaymentProperties;
import org.billingcenter.wallet.PaymentSecrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Alipay: computer-website payment ({@code alipay.trade.page.pay}), whose signed address sends the
 * payer to Alipay's cashier; the outcome comes by asynchronous notification ({@link AlipayNotifications}),
 * and {@code alipay.trade.query} asks after an order whose notification never came. Requests are
 * signed RSA2 with the tenant's app private key; answers and notifications are checked with
 * Alipay's public key.
 */
@Component
public class AlipayGateway implements PaymentGateway {

    private static final Logger log = LoggerFactory.getLogger(AlipayGateway.class);
    static final String SIGN_TYPE = "RSA2";
    static final String CHARSET = "UTF-8";

    private final PaymentSecrets secrets;
    private final String gatewayUrl;

    AlipayGateway(PaymentSecrets secrets, PaymentProperties properties) {
        this.secrets = secrets;
        this.gatewayUrl = properties.alipay().gatewayUrl();
    }

    @Override
    public String provider() {
        return Payments.Provider.ALIPAY.id();
    }

    @Override
    public List<String> missingSettings(TenantDefinition tenant) {
        Payments.Alipay settings = tenant.payments().alipay();
        return settings == null ? List.of("payments.alipay")
                : secrets.missing(settings.appIdEnv(), settings.privateKeyEnv(), settings.alipayPublicKeyEnv());
    }

    @Override
    public GatewayPayment open(PaymentRequest request) {
        AlipayTradePagePayModel model = new AlipayTradePagePayModel();
        model.setOutTradeNo(request.reference());
        model.setTotalAmount(request.amount().amount().toPlainString());
        model.setSubject(request.tenant().brandName() + " " + request.reference());
        model.setProductCode("FAST_INSTANT_TRADE_PAY");
        AlipayTradePagePayRequest pagePay = new AlipayTradePagePayRequest();
        pagePay.setBizModel(model);
        pagePay.setReturnUrl(request.returnUrl());
        pagePay.setNotifyUrl(request.notifyUrl());
        try {
            // GET: the SDK signs the request into an address on Alipay's gateway; nothing is sent until the payer goes there.
            return new GatewayPayment(client(request.tenant()).pageExecute(pagePay, "GET").getBody());
        } catch (AlipayApiException e) {
            log.warn("Alipay page payment for {} could not be prepared: {}", request.reference(), e.getMessage());
            throw new BusinessRuleException("recharge.providerUnavailable");
        }
    }

    /** Alipay's cashier. */
    @Override
    public String checkoutUrl(String reference, String link) {
        return link;
    }

    @Override
    public Notification verify(TenantDefinition tenant, WebhookRequest request) {
        Payments.Alipay settings = tenant.payments().alipay();
        return AlipayNotifications.read(tenant, request.body(), secrets.require(settings.alipayPublicKeyEnv()),
                secrets.require(settings.appIdEnv()));
    }

    @Override
    public Optional<PaymentCallback> query(TenantDefinition tenant, String reference) {
        AlipayTradeQueryModel model = new AlipayTradeQueryModel();
        model.setOutTradeNo(reference);
        AlipayTradeQueryRequest query = new AlipayTradeQueryRequest();
        query.setBizModel(model);
        try {
            AlipayTradeQueryResponse response = client(tenant).execute(query);
            if (!response.isSuccess()) {
                // ACQ.TRADE_NOT_EXIST: the payer never opened the cashier; not a failure yet.
                return Optional.empty();
            }
            return AlipayNotifications.outcome(response.getTradeStatus()).map(outcome -> new PaymentCallback(tenant.id(),
                    response.getOutTradeNo(), outcome, Money.of(response.getTotalAmount(), "CNY"), "query-" + response.getTradeNo(), null));
        } catch (AlipayApiException e) {
            log.warn("Alipay could not be asked about {}: {}", reference, e.getMessage());
            return Optional.empty();
        }
    }

    private AlipayClient client(TenantDefinition tenant) {
        Payments.Alipay settings = tenant.payments().alipay();
        return new DefaultAlipayClient(gatewayUrl, secrets.require(settings.appIdEnv()), secrets.require(settings.privateKeyEnv()),
                "json", CHARSET, secrets.require(settings.alipayPublicKeyEnv()), SIGN_TYPE);
    }

}
