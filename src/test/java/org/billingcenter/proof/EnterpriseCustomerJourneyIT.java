package org.billingcenter.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.billingcenter.support.PaymentProviderStub;
import org.billingcenter.support.StripeSigning;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The Administrator of the demo contract account, in one sign-in: reads the contracts page, tags
 * two sites to a new department at once, saves a chargeback rule and allocates with it, and
 * downloads the whole Site Portfolio Report as one CSV; and pays an open invoice online by card
 * (at the local stub playing Stripe), the invoice turning Paid only once Stripe's signed webhook comes.
 */
class EnterpriseCustomerJourneyIT extends BrowserJourney {

    @Test
    void theAdministratorTagsSitesSavesARuleAllocatesAndDownloadsTheWholeReport() {
        Browser admin = browser().signIn(HOSTING, "admin@demo.example", ProductionApp.DEMO_PASSWORD);
        String department = "Journey " + System.nanoTime() % 100000;
        String rule = "Rule " + System.nanoTime() % 100000;

        admin.open(HOSTING, "enterprise/contracts");
        assertThat(admin.pageSource()).contains("Sites included", "Active sites now");

        admin.open(HOSTING, "enterprise/departments");
        admin.element("departments-sites");
        checkRow(admin, "departments-sites", 0);
        checkRow(admin, "departments-sites", 1);
        admin.typeAndEnter("departments-department", department);
        admin.click("departments-tag");
        admin.waitUntil(d -> admin.gridCells("departments-sites").stream().filter(department::equals).count() == 2 ? true : null);

        admin.open(HOSTING, "enterprise/chargebacks");
        admin.element("chargeback-grid");
        admin.type("chargeback-rule-name", rule);
        admin.click("chargeback-save-rule");
        admin.click("chargeback-apply");
        assertThat(admin.waitForText("chargeback-total", text -> text.startsWith("Total allocated"))).contains("$");

        admin.open(HOSTING, "enterprise/departments");
        admin.waitUntil(d -> admin.gridCells("departments-rules").contains(rule) ? true : null);

        admin.open(HOSTING, "enterprise/portfolio");
        assertThat(admin.element("portfolio-organisation").getText()).isNotBlank();
        List<String> csv = admin.download("portfolio-whole-csv").replace("\uFEFF", "").lines().toList();
        assertThat(csv.getFirst()).isEqualTo("Table,Site name,Site owner,Previous plan,Current plan,Previous invoice date,"
                + "Current invoice date");
        assertThat(csv).anyMatch(line -> line.startsWith("All active sites,"));
    }

    @Test
    void theAdministratorPaysAnOpenInvoiceByCardAndItIsPaidOnceStripeSaysSo() throws Exception {
        Browser admin = browser().signIn(HOSTING, "admin@demo.example", ProductionApp.DEMO_PASSWORD);
        admin.open(HOSTING, "enterprise/invoices");
        admin.element("invoices-grid");
        @SuppressWarnings("unchecked")
        List<Object> ids = (List<Object>) admin.waitUntil(d -> {
            Object found = admin.js("""
                    return Array.from(document.querySelectorAll('[id^="view-report-"]')).map(e => Number(e.id.substring(12)));""");
            return found instanceof List<?> list && !list.isEmpty() ? found : null;
        });
        // The newest invoices of the demo contracts are not paid yet: the first with Pay online is the one to pay.
        long invoice = ids.stream().map(id -> ((Number) id).longValue()).sorted(Comparator.reverseOrder()).filter(id -> {
            admin.open(HOSTING, "enterprise/invoice/" + id);
            admin.element("invoice-facts");
            return admin.has("pay-online");
        }).findFirst().orElseThrow(() -> new AssertionError("No open invoice to pay among " + ids));

        admin.click("pay-online");
        admin.waitUntil(d -> d.getCurrentUrl().contains("/checkout/cs_test_stub") ? true : null);
        String session = admin.currentUrl().substring(admin.currentUrl().lastIndexOf('/') + 1);
        Map<String, String> asked = PaymentProviderStub.get().stripeSession(session);
        assertThat(asked).containsEntry("success_url", app.url(HOSTING, "enterprise/invoice/" + invoice));
        String reference = asked.get("client_reference_id");
        long cents = Long.parseLong(asked.get("line_items[0][price_data][unit_amount]"));

        // Back at the portal before Stripe has said anything: still to pay.
        admin.open(HOSTING, "enterprise/invoice/" + invoice);
        assertThat(admin.has("pay-online")).isTrue();
        String forged = StripeSigning.sessionEvent("checkout.session.completed", reference, cents, "usd", "paid");
        assertThat(postWebhook(forged, "t=1,v1=00").statusCode()).isEqualTo(400);
        String paid = StripeSigning.sessionEvent("checkout.session.completed", reference, cents, "usd", "paid");
        assertThat(postWebhook(paid, StripeSigning.signature(paid)).statusCode()).isEqualTo(200);
        assertThat(postWebhook(paid, StripeSigning.signature(paid)).statusCode()).as("Stripe retries").isEqualTo(200);

        for (int attempt = 0; attempt < 40 && admin.has("pay-online"); attempt++) {
            ProductionApp.sleep(500);
            admin.open(HOSTING, "enterprise/invoice/" + invoice);
            admin.element("invoice-facts");
        }
        assertThat(admin.has("pay-online")).isFalse();
        assertThat(admin.text("invoice-facts")).contains("Paid");
        assertThat(app.messagesTo(HOSTING, "admin@demo.example")).anyMatch(message -> message.contains("Payment received for invoice")
                && message.contains(reference));
    }

    private HttpResponse<String> postWebhook(String body, String signature) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/payments/stripe/webhook"))
                .header("Host", HOSTING + ".localhost:" + app.port()).header("Content-Type", "application/json")
                .header("Stripe-Signature", signature).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try (HttpClient http = VaadinHttpSession.newClient()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    /** Ticks the selection checkbox of the n-th rendered body row of a multi-select grid. */
    private static void checkRow(Browser browser, String gridId, int index) {
        WebElement box = browser.waitUntil(d -> (WebElement) browser.js("""
                const grid = document.getElementById(arguments[0]);
                const rows = Array.from(grid.shadowRoot.querySelectorAll('#items tr')).filter(r => !r.hidden);
                const boxes = rows.map(r => Array.from(r.querySelectorAll('slot'))
                        .map(s => grid.querySelector('vaadin-grid-cell-content[slot="' + s.name + '"]'))
                        .filter(c => c && c.textContent.trim().length > 0 || c && c.querySelector('vaadin-checkbox'))
                        .map(c => c.querySelector('vaadin-checkbox')).find(b => b))
                    .filter(b => b);
                return boxes.length > arguments[1] ? boxes[arguments[1]] : null;""", gridId, index));
        box.click();
        browser.settle();
    }
}
