package org.billingcenter.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;

import org.billingcenter.support.PaymentProviderStub;
import org.billingcenter.support.StripeSigning;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * Bills, tax invoices and the enterprise Site Portfolio Report, in a real browser against the same
 * production jar as {@link CustomerJourneysIT} ({@link ProductionApp} is started once per JVM).
 * The demo people's data comes from {@code demo/DemoData}.
 */
class BillsAndInvoicesJourneysIT extends BrowserJourney {

    @Test
    void aPayAsYouGoCustomerOpensLastMonthsBillAndSeesItsCostChart() {
        Browser owner = browser().signIn(INTL, "owner@demo.example", ProductionApp.DEMO_PASSWORD);
        owner.open(INTL, "bills");
        clickRow(owner, "bills-grid", null);
        owner.waitUntil(d -> d.getCurrentUrl().contains("/bill/") ? true : null);
        assertThat(owner.text("bill-total")).contains("$");
        CustomerJourneysIT.assertChartDrawn(owner, "bill-by-item");
        assertThat(owner.gridCells("bill-lines")).isNotEmpty();

        // The bill was issued at start-up; its e-mail reached the account's billing contact, the Owner.
        String lastMonth = lastMonthAtIntl();
        assertThat(app.messagesTo(INTL, "owner@demo.example")).as("the Owner's inbox")
                .anySatisfy(mail -> assertThat(mail.lines().findFirst().orElse("")).contains("your bill for " + lastMonth + " is ready"));
    }

    @Test
    void theDemoOwnerRequestsATaxInvoiceAndSeesItRequested() {
        Browser owner = browser().signIn(INTL, "owner@demo.example", ProductionApp.DEMO_PASSWORD);
        owner.open(INTL, "invoices");
        owner.element("invoiceable-documents");
        // The demo seeding already requested what was invoiceable then; a card bought now is a fresh document.
        String document = rowWith(owner, "invoiceable-documents", "Monthly bill") ? "Monthly bill" : null;
        if (document == null) {
            owner.open(INTL, "wallet").click("open-buy-card").type("card-face-value", "100").click("card-continue");
            assertThat(owner.text("card-summary")).contains("$100.00");
            owner.click("card-confirm");
            owner.open(INTL, "invoices");
            owner.element("invoiceable-documents");
            document = "Stored-value card";
        }
        long requestedBefore = requestedCount(owner);

        clickRow(owner, "invoiceable-documents", document);
        assertThat(owner.waitForText("invoiceable-amount", text -> text.startsWith("1 documents"))).contains("$");
        // Picked by label: the first select's closing overlay may still show its item for a moment.
        owner.selectFirst("request-profile").select("request-address", "Fran Finance · 1 Market Street, San Francisco");
        owner.click("request-submit");
        assertThat(owner.text("request-text")).contains("Fran Finance");
        owner.click("request-confirm");

        owner.waitUntil(d -> requestedCount(owner) > requestedBefore ? true : null);
        assertThat(requestedCount(owner)).isEqualTo(requestedBefore + 1);
        assertThat(rowWith(owner, "invoiceable-documents", document)).as("a requested document is no longer offered").isFalse();
    }

    @Test
    void anInvoiceRequestIsRefusedWhileTheBalanceIsNegativeAndAcceptedAfterARecharge() throws Exception {
        Browser owner = browser().signIn(INTL, "owner@demo.example", ProductionApp.DEMO_PASSWORD);
        // Something to invoice: a card bought with cash, its number on the confirmation.
        owner.open(INTL, "wallet").click("open-buy-card").type("card-face-value", "100").click("card-continue");
        owner.click("card-confirm");
        owner.waitUntil(d -> pageText(owner).contains("Your stored-value card 8") ? true : null);

        // Staff charge last month's bill more than the wallet holds: the account is in arrears.
        Browser operator = browser().signIn(INTL, "operator@demo.example", ProductionApp.DEMO_PASSWORD);
        operator.open(INTL, "operator/bills").type("adjustments-account", "Acme Analytics");
        clickRow(operator, "adjustments-bills", null);
        operator.js("arguments[0].querySelectorAll('vaadin-radio-button')[1].querySelector('input').click()",
                operator.element("adjustments-kind"));
        operator.settle();
        operator.type("adjustments-amount", "10000").type("adjustments-reason", "Usage of a forgotten cluster");
        operator.click("adjustments-adjust").click("adjustments-confirm-confirm");
        owner.open(INTL, "wallet");
        assertThat(reloadUntilMatches(owner, "wallet-cash", text -> text.startsWith("-"))).startsWith("-");

        owner.open(INTL, "invoices");
        assertThat(owner.waitForText("invoiceable-now", text -> text.contains("must be above zero"))).contains("must be above zero");
        long requestedBefore = requestedCount(owner);
        owner.click("request-now").click("request-confirm");
        owner.waitUntil(d -> pageText(owner).contains("cash balance is above zero") ? true : null);
        assertThat(requestedCount(owner)).isEqualTo(requestedBefore);

        // A recharge at Stripe pays the arrears and leaves cash: now the request goes through.
        owner.open(INTL, "wallet").click("open-recharge").type("recharge-amount", "10000").click("recharge-continue");
        owner.click("recharge-confirm");
        owner.waitUntil(d -> d.getCurrentUrl().contains("/checkout/cs_test_stub") ? true : null);
        String session = owner.currentUrl().substring(owner.currentUrl().lastIndexOf('/') + 1);
        String reference = PaymentProviderStub.get().stripeSession(session).get("client_reference_id");
        String event = StripeSigning.sessionEvent("checkout.session.completed", reference, 1_000_000, "usd", "paid");
        assertThat(postStripeWebhook(event).statusCode()).isEqualTo(200);
        owner.open(INTL, "wallet");
        assertThat(reloadUntilMatches(owner, "wallet-cash", text -> !text.startsWith("-"))).doesNotStartWith("-");

        owner.open(INTL, "invoices");
        assertThat(owner.waitForText("invoiceable-now", text -> text.startsWith("Can be requested now"))).contains("$");
        owner.click("request-now").click("request-confirm");
        owner.waitUntil(d -> requestedCount(owner) > requestedBefore ? true : null);
        assertThat(requestedCount(owner)).isEqualTo(requestedBefore + 1);
    }

    /** Reloads until the element's text passes the check (money arrives by webhook, a moment later). */
    private static String reloadUntilMatches(Browser browser, String id, java.util.function.Predicate<String> check) {
        for (int attempt = 0; attempt < 20 && !check.test(browser.text(id)); attempt++) {
            ProductionApp.sleep(500);
            browser.reload();
        }
        return browser.text(id);
    }

    private static String pageText(Browser browser) {
        return String.valueOf(browser.js("return document.body.innerText"));
    }

    private HttpResponse<String> postStripeWebhook(String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/payments/stripe/webhook"))
                .header("Host", INTL + ".localhost:" + app.port()).header("Content-Type", "application/json")
                .header("Stripe-Signature", StripeSigning.signature(body)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try (HttpClient http = VaadinHttpSession.newClient()) {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    @Test
    void aCloudSettledWorkspaceIsPaidByTheVoucherFirst() {
        Browser owner = browser().signIn(INTL, "owner@demo.example", ProductionApp.DEMO_PASSWORD);
        owner.open(INTL, "cloud-bill");
        // The demo's staging workspace was settled through its cloud account all of last month.
        String lastMonth = lastMonthAtIntl();
        owner.type("cloud-bill-month", lastMonth);
        owner.waitUntil(d -> d.findElements(org.openqa.selenium.By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(item -> item.isDisplayed() && item.getText().strip().equals(lastMonth)).findFirst().orElse(null)).click();
        owner.settle();
        String paid = owner.waitForText("cloud-bill-payments", text -> text.startsWith("Paid by vouchers"));
        assertThat(paid).as("the voucher paid part of the cloud-settled usage").doesNotStartWith("Paid by vouchers $0.00")
                .contains("billed to the cloud account $");
        assertThat(owner.gridCells("cloud-bill-grid")).isNotEmpty();

        owner.open(INTL, "bills");
        assertThat(owner.gridCells("bills-grid")).as("the bill counts what vouchers paid of it").isNotEmpty();
    }

    @Test
    void anEnterpriseAdministratorReadsTheSitePortfolioReportAndDownloadsItsCsv() {
        Browser admin = browser().signIn(HOSTING, "admin@demo.example", ProductionApp.DEMO_PASSWORD);
        admin.open(HOSTING, "enterprise/invoices");
        clickRow(admin, "invoices-grid", null);
        admin.click("open-portfolio");
        admin.waitUntil(d -> d.getCurrentUrl().contains("/enterprise/portfolio/") ? true : null);
        assertThat(admin.text("portfolio-heading")).isNotBlank();
        for (String table : List.of("upgraded", "new-over-contract", "active", "deactivated")) {
            assertThat(admin.has("table-" + table)).as(table).isTrue();
            admin.element("grid-" + table);
        }
        assertThat(admin.waitForText("table-active", text -> text.contains("All active sites"))).contains("All active sites");
        assertThat(admin.gridCells("grid-active")).isNotEmpty();

        List<String> csv = admin.download("csv-active").replace("\uFEFF", "").lines().toList();
        assertThat(csv.getFirst()).isEqualTo("Site name,Site owner,Previous plan,Current plan,Previous invoice date,Current invoice date");
        assertThat(csv).hasSizeGreaterThan(1);
        assertThat(csv.get(1).split(",")).hasSize(6);
    }

    /** How many of the account's invoice requests show as requested. */
    private static long requestedCount(Browser browser) {
        return browser.gridCells("invoice-requests").stream().filter("Requested"::equals).count();
    }

    private static boolean rowWith(Browser browser, String gridId, String text) {
        return row(browser, gridId, text) != null;
    }

    /** Clicks a body row of a vaadin-grid (the first, or the first showing the text); in a multi-select grid, its checkbox. */
    private static void clickRow(Browser browser, String gridId, String text) {
        WebElement target = browser.waitUntil(d -> row(browser, gridId, text));
        target.click();
        browser.settle();
    }

    /** The clickable content of a rendered body row: its selection checkbox if it has one, otherwise its first cell. */
    private static WebElement row(Browser browser, String gridId, String text) {
        return (WebElement) browser.js("""
                const grid = document.getElementById(arguments[0]);
                const rows = Array.from(grid.shadowRoot.querySelectorAll('#items tr')).filter(r => !r.hidden);
                const contents = r => Array.from(r.querySelectorAll('slot'))
                    .map(s => grid.querySelector('vaadin-grid-cell-content[slot="' + s.name + '"]')).filter(c => c);
                for (const r of rows) {
                    const cells = contents(r);
                    const texts = cells.map(c => c.textContent.trim());
                    if (texts.every(t => t.length === 0)) { continue; }
                    if (arguments[1] !== null && !texts.includes(arguments[1])) { continue; }
                    const box = cells.map(c => c.querySelector('vaadin-checkbox')).find(b => b);
                    return box || cells.find(c => c.textContent.trim().length > 0);
                }
                return null;""", gridId, text);
    }

    /** Last month where lumen-intl keeps its books (its time zone). */
    private static String lastMonthAtIntl() {
        return YearMonth.now(ZoneId.of("America/Los_Angeles")).minusMonths(1).toString();
    }
}
