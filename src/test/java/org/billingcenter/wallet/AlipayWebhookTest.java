package org.billingcenter.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
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
import org.billingcenter.support.AlipaySigning;
import org.billingcenter.support.PaymentProviderStub;
import org.billingcenter.tenant.TenantRegistry;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Recharging with Alipay: the signed page-payment address the payer is sent to, Alipay's
 * asynchronous notifications (signed here with a key pair made for the test, as Alipay signs them)
 * posted through the application's filters and controller, and the query for an order whose
 * notification never came.
 */
class AlipayWebhookTest extends WalletServicesTest {

    private static final String WEBHOOK = "/api/payments/alipay/webhook";

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
    void rechargingSendsThePayerToAlipaysCashierWithASignedPagePayment() {
        var started = as(owner, () -> recharges.startOnlineRecharge("alipay", new BigDecimal("88.80"), key()));
        String reference = referenceOf(started.orderId());
        Map<String, String> query = query(started.checkoutUrl());

        assertThat(started.checkoutUrl()).startsWith(PaymentProviderStub.get().alipayGatewayUrl() + "?");
        assertThat(query).containsEntry("method", "alipay.trade.page.pay").containsEntry("app_id", AlipaySigning.APP_ID)
                .containsEntry("sign_type", "RSA2")
                // The test request is at localhost, which serves another tenant: the address falls back to lumen-cn's own host.
                .containsEntry("notify_url", "https://lumen-cn.localhost/api/payments/alipay/webhook");
        assertThat(query.get("biz_content")).contains("\"out_trade_no\":\"" + reference + "\"", "\"total_amount\":\"88.80\"",
                "\"product_code\":\"FAST_INSTANT_TRADE_PAY\"");
        assertThat(AlipaySigning.signedByApp(query)).as("signed with the tenant's app key").isTrue();
    }

    @Test
    void aPaidTradeCreditsOnceAndIsAnsweredWithPlainSuccess() throws Exception {
        String reference = openAlipayRecharge("88.80");
        String notice = AlipaySigning.notification(fields(reference, "TRADE_SUCCESS", "88.80"));

        MockHttpServletResponse first = deliver(notice);
        MockHttpServletResponse again = deliver(notice);

        assertThat(first.getStatus()).isEqualTo(200);
        assertThat(first.getContentAsString()).isEqualTo("success");
        assertThat(again.getContentAsString()).isEqualTo("success");
        assertThat(cash()).isEqualTo(Money.of("88.80", "CNY"));
        assertThat(status(reference)).isEqualTo(RechargeStatus.SUCCEEDED);
    }

    @Test
    void theSameNotificationTenTimesAtOnceCreditsOnce() throws Exception {
        String reference = openAlipayRecharge("66.00");
        String notice = AlipaySigning.notification(fields(reference, "TRADE_SUCCESS", "66.00"));

        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<Integer>> deliveries = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                deliveries.add(() -> deliver(notice).getStatus());
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
        String reference = openAlipayRecharge("88.80");
        String forged = AlipaySigning.forgedNotification(fields(reference, "TRADE_SUCCESS", "88.80"));
        String tampered = AlipaySigning.notification(fields(reference, "TRADE_SUCCESS", "8.88")).replace("total_amount=8.88",
                "total_amount=88.80");
        Map<String, String> otherApp = fields(reference, "TRADE_SUCCESS", "88.80");
        otherApp.put("app_id", "2021000000000999");
        Map<String, String> unsigned = fields(reference, "TRADE_SUCCESS", "88.80");

        assertThat(deliver(forged).getStatus()).isEqualTo(400);
        assertThat(deliver(tampered).getStatus()).isEqualTo(400);
        assertThat(deliver(AlipaySigning.notification(otherApp)).getStatus()).isEqualTo(400);
        assertThat(deliver(AlipaySigning.form(unsigned)).getStatus()).isEqualTo(400);
        assertThat(deliver("%zz=%").getStatus()).isEqualTo(400);

        assertThat(cash()).isEqualTo(Money.of("0", "CNY"));
        assertThat(status(reference)).isEqualTo(RechargeStatus.PENDING);
    }

    @Test
    void aPaymentOfAnotherAmountIsNotCredited() throws Exception {
        String reference = openAlipayRecharge("88.80");

        deliver(AlipaySigning.notification(fields(reference, "TRADE_SUCCESS", "8.88")));

        assertThat(cash()).isEqualTo(Money.of("0", "CNY"));
        assertThat(status(reference)).isEqualTo(RechargeStatus.FAILED);
    }

    @Test
    void aClosedTradeFailsTheOrderAndALateSuccessCreditsNothing() throws Exception {
        String reference = openAlipayRecharge("50.00");

        assertThat(deliver(AlipaySigning.notification(fields(reference, "WAIT_BUYER_PAY", "50.00"))).getStatus()).isEqualTo(200);
        assertThat(status(reference)).isEqualTo(RechargeStatus.PENDING);
        deliver(AlipaySigning.notification(fields(reference, "TRADE_CLOSED", "50.00")));
        deliver(AlipaySigning.notification(fields(reference, "TRADE_SUCCESS", "50.00")));

        assertThat(status(reference)).isEqualTo(RechargeStatus.FAILED);
        assertThat(cash()).isEqualTo(Money.of("0", "CNY"));
    }

    @Test
    void aNotificationForAnUnknownOrderIsAcknowledgedAndChangesNothing() throws Exception {
        MockHttpServletResponse answer = deliver(AlipaySigning.notification(fields("R999999XNOSUCHORDER", "TRADE_SUCCESS", "10.00")));

        assertThat(answer.getStatus()).isEqualTo(200);
        assertThat(answer.getContentAsString()).isEqualTo("success");
        assertThat(cash()).isEqualTo(Money.of("0", "CNY"));
    }

    @Test
    void anOrderWhoseNotificationNeverCameIsSettledByAskingAlipay() throws Exception {
        String paid = openAlipayRecharge("120.00");
        String unopened = openAlipayRecharge("30.00");
        PaymentProviderStub.get().alipayTrade(paid, "TRADE_SUCCESS", "120.00");

        assertThat(TenantContext.callAs(CN, () -> reconciliation.reconcile(tenants.get(CN)))).as("too early to ask").isZero();
        clock.advance(Duration.ofMinutes(11));
        TenantContext.runAs(CN, () -> reconciliation.reconcile(tenants.get(CN)));
        deliver(AlipaySigning.notification(fields(paid, "TRADE_SUCCESS", "120.00")));

        assertThat(status(paid)).isEqualTo(RechargeStatus.SUCCEEDED);
        assertThat(status(unopened)).as("Alipay knows no such trade yet").isEqualTo(RechargeStatus.PENDING);
        assertThat(cash()).isEqualTo(Money.of("120.00", "CNY"));
        assertThat(PaymentProviderStub.get().requestsTo("/gateway.do")).anyMatch(request -> request.body().contains(paid));
    }

    private static Map<String, String> fields(String reference, String status, String amount) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("notify_time", "2026-11-15 12:00:00");
        fields.put("notify_type", "trade_status_sync");
        fields.put("notify_id", "ac05099524730693a8b330c5ecf72da9786");
        fields.put("app_id", AlipaySigning.APP_ID);
        fields.put("charset", "UTF-8");
        fields.put("version", "1.0");
        fields.put("trade_no", "2026111522001" + Math.abs(reference.hashCode()));
        fields.put("out_trade_no", reference);
        fields.put("trade_status", status);
        fields.put("total_amount", amount);
        fields.put("subject", "观澜可观测 充值");
        return fields;
    }

    private String openAlipayRecharge(String amount) {
        return referenceOf(as(owner, () -> recharges.startOnlineRecharge("alipay", new BigDecimal(amount), key())).orderId());
    }

    private String referenceOf(long orderId) {
        return TenantContext.callAs(CN, () -> orders.findById(orderId).orElseThrow().getGatewayReference());
    }

    private MockHttpServletResponse deliver(String body) throws Exception {
        return MockMvcBuilders.webAppContextSetup(web).addFilters(web.getBean("tenantRequestFilter", jakarta.servlet.Filter.class))
                .apply(springSecurity()).build()
                .perform(post(WEBHOOK).with(request -> {
                    request.setServerName("lumen-cn.localhost");
                    return request;
                }).contentType("application/x-www-form-urlencoded;charset=utf-8").content(body))
                .andReturn().getResponse();
    }

    private static Map<String, String> query(String url) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : URI.create(url).getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return fields;
    }

    private Money cash() {
        return as(owner, () -> wallet.overview()).cash();
    }

    private RechargeStatus status(String reference) {
        return TenantContext.callAs(CN, () -> orders.findByGatewayReference(reference).orElseThrow().getStatus());
    }
}
