package org.billingcenter.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.billingcenter.support.PaymentProviderStub;
import org.billingcenter.support.StripeSigning;
import org.junit.jupiter.api.Test;

/**
 * Paying online in production: the production jar's Stripe adapter talks to the local stub playing
 * Stripe (its API and its hosted checkout page); Stripe's webhook is signed here as Stripe signs it
 * and posted to the portal over HTTP. The simulated provider does not exist in production.
 */
class OnlinePaymentJourneysIT extends BrowserJourney {

    @Test
    void rechargingByCardAtStripeShowsTheNewBalance() throws Exception {
        Browser owner = browser();
        signUp(owner, INTL, "Rita Recharge", "Recharge Ltd");
        owner.open(INTL, "wallet");
        assertThat(owner.text("wallet-cash")).isEqualTo("$0.00");
        owner.click("open-recharge").type("recharge-amount", "25").click("recharge-continue");
        assertThat(owner.text("recharge-summary")).contains("$25.00");
        owner.click("recharge-confirm");

        // At Stripe's hosted checkout page (the stub's), for a session opened for exactly this order.
        owner.waitUntil(d -> d.getCurrentUrl().contains("/checkout/cs_test_stub") ? true : null);
        String session = owner.currentUrl().substring(owner.currentUrl().lastIndexOf('/') + 1);
        Map<String, String> asked = PaymentProviderStub.get().stripeSession(session);
        assertThat(asked).containsEntry("line_items[0][price_data][unit_amount]", "2500")
                .containsEntry("line_items[0][price_data][currency]", "usd")
                .containsEntry("success_url", app.url(INTL, "wallet"));
        String reference = asked.get("client_reference_id");

        // The payer pays at Stripe; Stripe tells the portal, then sends the payer back.
        String event = StripeSigning.sessionEvent("checkout.session.completed", reference, 2500, "usd", "paid");
        assertThat(postWebhook("stripe", event, StripeSigning.signature(event)).statusCode()).isEqualTo(200);
        owner.open(INTL, "wallet");
        assertThat(CustomerJourneysIT.reloadUntil(owner, "wallet-cash", "$25.00")).isEqualTo("$25.00");

        // Stripe retries: nothing more is credited.
        assertThat(postWebhook("stripe", event, StripeSigning.signature(event)).statusCode()).isEqualTo(200);
        owner.reload();
        assertThat(owner.text("wallet-cash")).isEqualTo("$25.00");
    }

    @Test
    void theSimulatedCheckoutDoesNotExistInProduction() {
        Browser owner = browser();
        signUp(owner, INTL, "Sam Simulated", "Simulated Ltd");
        owner.open(INTL, "no-such-page/R1XANYTHING");
        String neverExisted = owner.js("return document.body.innerText").toString();

        owner.open(INTL, "pay/simulated/R1XANYTHING");

        assertThat(owner.has("checkout-amount")).isFalse();
        assertThat(owner.has("checkout-pay")).isFalse();
        assertThat(owner.has("checkout-closed")).isFalse();
        assertThat(owner.js("return document.body.innerText").toString()).as("answered as an address that never existed")
                .isEqualTo(neverExisted);
    }

    @Test
    void forgedOversizedOrMisdirectedWebhooksAreRefusedOverHttp() throws Exception {
        String event = StripeSigning.sessionEvent("checkout.session.completed", "R1XNOSUCHORDER", 2500, "usd", "paid");

        assertThat(postWebhook("stripe", event, "t=1,v1=00").statusCode()).isEqualTo(400);
        assertThat(postWebhook("stripe", event, null).statusCode()).isEqualTo(400);
        assertThat(postWebhook("stripe", event + " ".repeat(2_000_000), StripeSigning.signature(event)).statusCode()).isEqualTo(413);
        assertThat(postWebhook("simulated", event, StripeSigning.signature(event)).statusCode()).isEqualTo(404);
        assertThat(postWebhook("stripe", event, StripeSigning.signature(event)).statusCode())
                .as("a genuine notice for an order the portal does not know: acknowledged, no session or CSRF token needed").isEqualTo(200);
    }

    private HttpResponse<String> postWebhook(String provider, String body, String signature) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/payments/" + provider + "/webhook"))
                .header("Host", INTL + ".localhost:" + app.port())
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (signature != null) {
            request.header("Stripe-Signature", signature);
        }
        try (HttpClient http = VaadinHttpSession.newClient()) {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }
    }
}
