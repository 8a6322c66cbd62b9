package org.billingcenter.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.support.PaymentProviderStub;
import org.billingcenter.support.WechatPaySigning;
import org.billingcenter.support.WechatPaySigning.Notice;
import org.billingcenter.tenant.TenantRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Recharging with WeChat Pay (Native): the order placed with WeChat Pay through the SDK (its HTTP
 * client pointed at the stub, which answers with the platform's signature), and v3 notifications
 * made here as WeChat Pay makes them (AEAD_AES_256_GCM resource, RSA signature over the
 * {@code Wechatpay-*} headers) posted through the application's filters and controller.
 */
class WechatPayWebhookTest extends WalletServicesTest {

    private static final String WEBHOOK = "/api/payments/wechatpay/webhook";

    @Autowired
    WebApplicationContext web;
    @Autowired
    PaymentReconciliation reconciliation;
    @Autowired
    TenantRegistry tenants;

    SignedInUser owner;

    @BeforeEach
    void openAccount() {
        owner = newOwner(CN);
    }

    @Test
    void rechargingPlacesANativeOrderAndShowsItsCodeInThePortal() {
        var started = as(owner, () -> recharges.startOnlineRecharge("wechatpay", new BigDecimal("88.80"), key()));
        String reference = referenceOf(started.orderId());
        String order = PaymentProviderStub.get().wechatPayOrder(reference);

        assertThat(started.checkoutUrl()).isEqualTo("pay/wechatpay/" + reference);
        assertThat(order).contains("\"mchid\":\"" + WechatPaySigning.MERCHANT_ID + "\"", "\"appid\":\"" + WechatPaySigning.APP_ID + "\"",
                "\"total\":8880", "\"currency\":\"CNY\"", "\"notify_url\":\"https://lumen-cn.localhost/api/payments/wechatpay/webhook\"");
        assertThat(PaymentProviderStub.get().requestsTo("/v3/pay/transactions/native").getLast().headers().get("Authorization").getFirst())
                .as("signed with the merchant's key").startsWith("WECHATPAY2-SHA256-RSA2048 mchid=\"" + WechatPaySigning.MERCHANT_ID + "\"");
        assertThat(as(owner, () -> recharges.paymentToFinish("wechatpay", reference)).orElseThrow().link())
                .isEqualTo("weixin://wxpay/bizpayurl?pr=" + reference);
    }

    @Test
    void aPaidTransactionCreditsOnceHoweverOftenItIsNotified() throws Exception {
        String reference = openWechatRecharge("88.80");
        Notice notice = WechatPaySigning.notification(WechatPaySigning.transaction(reference, "SUCCESS", 8880, "CNY"));

        assertThat(deliver(notice)).isEqualTo(200);
        assertThat(deliver(notice)).isEqualTo(200);

        assertThat(cash()).isEqualTo(Money.of("88.80", "CNY"));
        assertThat(status(reference)).isEqualTo(RechargeStatus.SUCCEEDED);
    }

    @Test
    void theSameNotificationTenTimesAtOnceCreditsOnce() throws Exception {
        String reference = openWechatRecharge("66.00");
        Notice notice = WechatPaySigning.notification(WechatPaySigning.transaction(reference, "SUCCESS", 6600, "CNY"));

        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<Integer>> deliveries = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                deliveries.add(() -> deliver(notice));
            }
            for (Future<Integer> answer : pool.invokeAll(deliveries)) {
                assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }

        assertThat(cash()).isEqualTo(Money.of("66.00", "CNY"));
    }

    @Test
    void aForgedOrTamperedNotificationIsRefusedAndChangesNothing() throws Exception {
        String reference = openWechatRecharge("88.80");
        String paid = WechatPaySigning.transaction(reference, "SUCCESS", 8880, "CNY");
        Notice forged = WechatPaySigning.forgedNotification(paid);
        Notice genuine = WechatPaySigning.notification(paid);
        Notice tampered = new Notice(genuine.headers(), genuine.body().replace("支付成功", "支付失败"));
        Notice wrongKey = WechatPaySigning.notificationEncryptedWith(paid, "someoneelsesapiv3key012345678901");
        Map<String, String> noSignature = new LinkedHashMap<>(genuine.headers());
        noSignature.remove("Wechatpay-Signature");

        assertThat(deliver(forged)).isEqualTo(400);
        assertThat(deliver(tampered)).isEqualTo(400);
        assertThat(deliver(new Notice(noSignature, genuine.body()))).isEqualTo(400);
        assertThat(deliver(wrongKey)).as("signed, but encrypted with another APIv3 key").isEqualTo(400);

        assertThat(cash()).isEqualTo(Money.of("0", "CNY"));
        assertThat(status(reference)).isEqualTo(RechargeStatus.PENDING);
    }

    @Test
    void aPaymentOfAnotherAmountOrCurrencyIsNotCredited() throws Exception {
        String lessPaid = openWechatRecharge("88.80");
        String otherCurrency = openWechatRecharge("20.00");

        deliver(WechatPaySigning.notification(WechatPaySigning.transaction(lessPaid, "SUCCESS", 888, "CNY")));
        deliver(WechatPaySigning.notification(WechatPaySigning.transaction(otherCurrency, "SUCCESS", 2000, "HKD")));

        assertThat(cash()).isEqualTo(Money.of("0", "CNY"));
        assertThat(status(lessPaid)).isEqualTo(RechargeStatus.FAILED);
        assertThat(status(otherCurrency)).isEqualTo(RechargeStatus.FAILED);
    }

    @Test
    void aClosedTransactionFailsTheOrderAndALateSuccessCreditsNothing() throws Exception {
        String reference = openWechatRecharge("50.00");

        deliver(WechatPaySigning.notification(WechatPaySigning.transaction(reference, "CLOSED", 5000, "CNY")));
        deliver(WechatPaySigning.notification(WechatPaySigning.transaction(reference, "SUCCESS", 5000, "CNY")));

        assertThat(status(reference)).isEqualTo(RechargeStatus.FAILED);
        assertThat(cash()).isEqualTo(Money.of("0", "CNY"));
    }

    @Test
    void aNotificationForAnUnknownOrderIsAcknowledgedAndChangesNothing() throws Exception {
        assertThat(deliver(WechatPaySigning.notification(WechatPaySigning.transaction("R999999XNOSUCHORDER", "SUCCESS", 1000, "CNY"))))
                .isEqualTo(200);
        assertThat(cash()).isEqualTo(Money.of("0", "CNY"));
    }

    @Test
    void anOrderWhoseNotificationNeverCameIsSettledByAskingWechatPay() {
        String reference = openWechatRecharge("120.00");
        PaymentProviderStub.get().wechatPayTransaction(reference, WechatPaySigning.transaction(reference, "SUCCESS", 12000, "CNY"));

        clock.advance(Duration.ofMinutes(11));
        TenantContext.runAs(CN, () -> reconciliation.reconcile(tenants.get(CN)));

        assertThat(status(reference)).isEqualTo(RechargeStatus.SUCCEEDED);
        assertThat(cash()).isEqualTo(Money.of("120.00", "CNY"));
    }

    private String openWechatRecharge(String amount) {
        return referenceOf(as(owner, () -> recharges.startOnlineRecharge("wechatpay", new BigDecimal(amount), key())).orderId());
    }

    private String referenceOf(long orderId) {
        return TenantContext.callAs(CN, () -> orders.findById(orderId).orElseThrow().getGatewayReference());
    }

    private int deliver(Notice notice) throws Exception {
        var request = post(WEBHOOK).with(mock -> {
            mock.setServerName("lumen-cn.localhost");
            return mock;
        }).contentType("application/json").content(notice.body());
        notice.headers().forEach(request::header);
        return MockMvcBuilders.webAppContextSetup(web).addFilters(web.getBean("tenantRequestFilter", jakarta.servlet.Filter.class))
                .apply(springSecurity()).build().perform(request).andReturn().getResponse().getStatus();
    }

    private Money cash() {
        return as(owner, () -> wallet.overview()).cash();
    }

    private RechargeStatus status(String reference) {
        return TenantContext.callAs(CN, () -> orders.findByGatewayReference(reference).orElseThrow().getStatus());
    }
}
