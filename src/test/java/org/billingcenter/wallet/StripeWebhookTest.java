package org.billingcenter.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
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
import org.billingcenter.support.StripeSigning;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Recharging by card through Stripe: the Checkout Session the portal asks Stripe for, and Stripe's
 * signed webhooks (signed here exactly as Stripe signs them) posted through the application's
 * filters, security chain and controller.
 */
class StripeWebhookTest extends WalletServicesTest {

    private static final String WEBHOOK = "/api/payments/stripe/webhook";

    @Autowired
    WebApplicationContext web;

    SignedInUser owner;

    @BeforeEach
    void openAccount() {
        owner = newOwner(INTL);
    }

    @Test
    void rechargingOpensACheckoutSessionForTheOrderOnTheTenantsHost() {
        String reference = openStripeRecharge("25.00");
        Map<String, String> asked = PaymentProviderStub.get().stripeSessionRequest(reference);

        assertThat(asked).containsEntry("mode", "payment")
                .containsEntry("metadata[order_reference]", reference)
                .containsEntry("line_items[0][price_data][unit_amount]", "2500")
                .containsEntry("line_items[0][price_data][currency]", "usd")
                // Back to the host the payer is using (here the test's request, at localhost, which lumen-intl serves).
                .containsEntry("success_url", "http://localhost/wallet")
                .containsEntry("cancel_url", "http://localhost/wallet");
        assertThat(PaymentProviderStub.get().requestsTo("/v1/checkout/sessions").getLast().headers().get("Authorization"))
                .containsExactly("Bearer " + StripeSigning.API_KEY);
    }

    @Test
    void aPaidSessionCreditsTheWalletOnceHoweverOftenStripeSendsIt() throws Exception {
        String reference = openStripeRecharge("25.00");
        String event = StripeSigning.sessionEvent("checkout.session.completed", reference, 2500, "usd", "paid");

        assertThat(deliver(event, StripeSigning.signature(event))).isEqualTo(200);
        assertThat(deliver(event, StripeSigning.signature(event))).isEqualTo(200);

        assertThat(cash()).isEqualTo(Money.of("25.00", "USD"));
        assertThat(status(reference)).isEqualTo(RechargeStatus.SUCCEEDED);
    }

    @Test
    void theSameNotificationTenTimesAtOnceCreditsOnce() throws Exception {
        String reference = openStripeRecharge("40.00");
        String event = StripeSigning.sessionEvent("checkout.session.completed", reference, 4000, "usd", "paid");
        String signature = StripeSigning.signature(event);

        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Callable<Integer>> deliveries = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                deliveries.add(() -> deliver(event, signature));
            }
            for (Future<Integer> answer : pool.invokeAll(deliveries)) {
                assertThat(answer.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdown();
        }

        assertThat(cash()).isEqualTo(Money.of("40.00", "USD"));
    }

    @Test
    void aForgedOrTamperedNotificationIsRefusedAndChangesNothing() throws Exception {
        String reference = openStripeRecharge("25.00");
        String event = StripeSigning.sessionEvent("checkout.session.completed", reference, 2500, "usd", "paid");
        String tampered = event.replace("\"amount_total\": 2500", "\"amount_total\": 250000");

        assertThat(deliver(event, StripeSigning.signature(event, "whsec_someone_elses", Instant.now()))).isEqualTo(400);
        assertThat(deliver(tampered, StripeSigning.signature(event))).isEqualTo(400);
        assertThat(deliver(event, null)).isEqualTo(400);
        assertThat(deliver(event, StripeSigning.signature(event, StripeSigning.WEBHOOK_SECRET, Instant.now().minusSeconds(3600))))
                .as("a replay of an old delivery").isEqualTo(400);

        assertThat(cash()).isEqualTo(Money.of("0", "USD"));
        assertThat(status(reference)).isEqualTo(RechargeStatus.PENDING);
    }

    @Test
    void aPaymentOfAnotherAmountOrCurrencyIsNotCredited() throws Exception {
        String lessPaid = openStripeRecharge("25.00");
        String otherCurrency = openStripeRecharge("30.00");
        String short1 = StripeSigning.sessionEvent("checkout.session.completed", lessPaid, 2499, "usd", "paid");
        String euros = StripeSigning.sessionEvent("checkout.session.completed", otherCurrency, 3000, "eur", "paid");

        deliver(short1, StripeSigning.signature(short1));
        deliver(euros, StripeSigning.signature(euros));

        assertThat(cash()).isEqualTo(Money.of("0", "USD"));
        assertThat(status(lessPaid)).isEqualTo(RechargeStatus.FAILED);
        assertThat(status(otherCurrency)).isEqualTo(RechargeStatus.FAILED);
    }

    @Test
    void anExpiredOrFailedPaymentFailsTheOrderAndALatePaidNoticeCreditsNothing() throws Exception {
        String expired = openStripeRecharge("25.00");
        String failed = openStripeRecharge("35.00");
        String expiry = StripeSigning.sessionEvent("checkout.session.expired", expired, 2500, "usd", "unpaid");
        String failure = StripeSigning.sessionEvent("checkout.session.async_payment_failed", failed, 3500, "usd", "unpaid");
        String latePaid = StripeSigning.sessionEvent("checkout.session.async_payment_succeeded", failed, 3500, "usd", "paid");

        assertThat(deliver(expiry, StripeSigning.signature(expiry))).isEqualTo(200);
        assertThat(deliver(failure, StripeSigning.signature(failure))).isEqualTo(200);
        assertThat(deliver(latePaid, StripeSigning.signature(latePaid))).isEqualTo(200);

        assertThat(status(expired)).isEqualTo(RechargeStatus.FAILED);
        assertThat(status(failed)).isEqualTo(RechargeStatus.FAILED);
        assertThat(cash()).isEqualTo(Money.of("0", "USD"));
    }

    @Test
    void aDelayedPaymentStaysPendingUntilStripeConfirmsIt() throws Exception {
        String reference = openStripeRecharge("25.00");
        String completedUnpaid = StripeSigning.sessionEvent("checkout.session.completed", reference, 2500, "usd", "unpaid");
        String succeeded = StripeSigning.sessionEvent("checkout.session.async_payment_succeeded", reference, 2500, "usd", "paid");

        deliver(completedUnpaid, StripeSigning.signature(completedUnpaid));
        assertThat(status(reference)).isEqualTo(RechargeStatus.PENDING);
        deliver(succeeded, StripeSigning.signature(succeeded));

        assertThat(status(reference)).isEqualTo(RechargeStatus.SUCCEEDED);
        assertThat(cash()).isEqualTo(Money.of("25.00", "USD"));
    }

    @Test
    void aNoticeForAnUnknownOrderIsAcknowledgedAndChangesNothing() throws Exception {
        String event = StripeSigning.sessionEvent("checkout.session.completed", "R999999XNOSUCHORDER", 2500, "usd", "paid");

        assertThat(deliver(event, StripeSigning.signature(event))).isEqualTo(200);
        assertThat(cash()).isEqualTo(Money.of("0", "USD"));
    }

    @Test
    void anOversizedBodyIsRefusedUnread() throws Exception {
        String reference = openStripeRecharge("25.00");
        String event = StripeSigning.sessionEvent("checkout.session.completed", reference, 2500, "usd", "paid");
        String huge = event.replace("\"livemode\": false}}}", "\"livemode\": false, \"padding\": \"" + "x".repeat(200_000) + "\"}}}");

        assertThat(deliver(huge, StripeSigning.signature(huge))).isEqualTo(413);
        assertThat(status(reference)).isEqualTo(RechargeStatus.PENDING);
    }

    @Test
    void aTenantThatDoesNotOfferStripeHasNoStripeWebhook() throws Exception {
        String event = StripeSigning.sessionEvent("checkout.session.completed", "R1XANY", 2500, "usd", "paid");
        MockMvc mvc = mvc();

        int status = mvc.perform(post(WEBHOOK).with(request -> {
            request.setServerName("lumen-cn.localhost");
            return request;
        }).header("Stripe-Signature", StripeSigning.signature(event)).content(event)).andReturn().getResponse().getStatus();

        assertThat(status).isEqualTo(404);
    }

    private String openStripeRecharge(String amount) {
        long orderId = as(owner, () -> recharges.startOnlineRecharge("stripe", new BigDecimal(amount), key())).orderId();
        return TenantContext.callAs(INTL, () -> orders.findById(orderId).orElseThrow().getGatewayReference());
    }

    private int deliver(String payload, String signature) throws Exception {
        var request = post(WEBHOOK).contentType("application/json").content(payload);
        if (signature != null) {
            request.header("Stripe-Signature", signature);
        }
        return mvc().perform(request).andReturn().getResponse().getStatus();
    }

    private MockMvc mvc() {
        return MockMvcBuilders.webAppContextSetup(web).addFilters(web.getBean("tenantRequestFilter", jakarta.servlet.Filter.class))
                .apply(springSecurity()).build();
    }

    private Money cash() {
        return as(owner, () -> wallet.overview()).cash();
    }

    private RechargeStatus status(String reference) {
        return TenantContext.callAs(INTL, () -> orders.findByGatewayReference(reference).orElseThrow().getStatus());
    }
}
