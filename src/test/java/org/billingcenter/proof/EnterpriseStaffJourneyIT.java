package org.billingcenter.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The vendor's staff, in one sign-in: open a contract for the demo contract account, import 50
 * sites by CSV (a file with one bad row is refused with its reason, the corrected file is taken),
 * report a site's traffic by the API so it moves up a plan, and issue the due invoice; its e-mail
 * to the account's Administrator is in the outbox with the link to the online invoice. Each step
 * waits for what it shows rather than for a fixed time, so a slow machine makes it slower, not red.
 */
class EnterpriseStaffJourneyIT extends BrowserJourney {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("M/d/yyyy");

    @Test
    void staffOpenAContractImportSitesReportTrafficAndIssueTheInvoice() throws IOException {
        Browser staff = browser().signIn(HOSTING, "operator@demo.example", ProductionApp.DEMO_PASSWORD);
        String number = "J" + System.currentTimeMillis() % 10_000_000;
        // Started a month and two days ago, invoiced monthly: one invoice is due whatever the tenant's time zone.
        LocalDate start = LocalDate.now().minusMonths(1).minusDays(2);

        staff.open(HOSTING, "operator/contracts").click("contract-new");
        pick(staff, "contract-account", "Acme Analytics Inc.");
        staff.type("contract-number", number);
        staff.typeAndEnter("contract-starts", TYPED.format(start));
        staff.typeAndEnter("contract-ends", TYPED.format(start.plusYears(1)));
        staff.type("contract-months", "1");
        for (String plan : List.of("starter", "business", "premium", "enterprise")) {
            staff.type("allot-" + plan + "-sites", "20").type("allot-" + plan + "-price", "29").type("allot-" + plan + "-overage", "35");
        }
        staff.type("contract-reason", "Signed at the trade fair");
        staff.click("contract-save");
        long contract = (Long) staff.waitUntil(d -> staff.js("""
                const ids = Array.from(document.querySelectorAll('[id^="contract-sites-"]')).map(a => Number(a.id.substring(15)));
                return ids.length ? Math.max(...ids) : null;"""));

        staff.open(HOSTING, "operator/contracts/sites/" + contract);
        StringBuilder csv = new StringBuilder("name,owner,department,plan,status,created_on\n");
        for (int i = 1; i <= 50; i++) {
            csv.append(number.toLowerCase()).append("-site-").append(i).append(".example,Ann Owner,Sales,Starter,ACTIVE,").append(start)
                    .append('\n');
        }
        upload(staff, csv + "broken.example,,,GOLD,ACTIVE,\n");
        assertThat(staff.waitForText("site-import-outcome", text -> !text.isBlank())).contains("1");
        assertThat(staff.gridCells("site-import-problems")).contains("broken.example");
        assertThat(staff.has("site-import-confirm") && staff.element("site-import-confirm").isDisplayed()).isFalse();

        upload(staff, csv.toString());
        assertThat(staff.waitForText("site-import-outcome", text -> text.contains("50"))).contains("50");
        clickInView(staff, "site-import-confirm");
        long site = (Long) staff.waitUntil(d -> staff.js("""
                const ids = Array.from(document.querySelectorAll('[id^="site-move-"]')).map(a => Number(a.id.substring(10)));
                return ids.length ? Math.min(...ids) : null;"""));

        byte[] body = ("[{\"siteId\": " + site + ", \"monthlyTraffic\": 180000}]").getBytes(StandardCharsets.UTF_8);
        RawHttp.Response traffic = RawHttp.send(app.port(), RawHttp.head("POST", "/api/sites/traffic", "harbor-hosting.localhost",
                "Content-Type: application/json", "X-Api-Key: demo-traffic-key-harbor-hosting", "Content-Length: " + body.length), body);
        assertThat(traffic.status()).isEqualTo(200);
        assertThat(traffic.body()).contains("BUSINESS");

        staff.open(HOSTING, "operator/contracts/invoices/" + contract);
        clickInView(staff, "issue-due-invoices");
        staff.waitUntil(d -> staff.gridCells("contract-invoices").stream().anyMatch(text -> text.startsWith(number + "-")) ? true : null);
        // The invoice's e-mail is written with it; read until it is there rather than once.
        for (int attempt = 0; attempt < 40 && app.messagesTo(HOSTING, "admin@demo.example").stream()
                .noneMatch(message -> message.contains(number + "-001")); attempt++) {
            ProductionApp.sleep(500);
        }
        List<String> mail = app.messagesTo(HOSTING, "admin@demo.example");
        assertThat(mail).anyMatch(message -> message.contains("Invoice " + number + "-001 is issued")
                && message.contains("/enterprise/invoice/"));
    }

    /**
     * Clicks a button far down a long page: scrolled to the middle of the layout's scrolling area
     * first, as a person would, and pressed by script should the app's header still cover it.
     */
    private static void clickInView(Browser browser, String id) {
        WebElement button = browser.element(id);
        browser.js("arguments[0].scrollIntoView({block: 'center'});", button);
        browser.settle();
        try {
            button.click();
        } catch (org.openqa.selenium.ElementClickInterceptedException covered) {
            browser.js("arguments[0].click();", button);
        }
        browser.settle();
    }

    /** Types into a combo box and picks the item that shows the text, once the filtered items have come. */
    private static void pick(Browser browser, String id, String text) {
        WebElement input = browser.element(id).findElement(By.cssSelector("input"));
        input.sendKeys(text);
        WebElement item = browser.waitUntil(d -> d.findElements(By.cssSelector("vaadin-combo-box-item")).stream()
                .filter(e -> e.isDisplayed() && e.getText().strip().equals(text)).findFirst().orElse(null));
        item.click();
        browser.settle();
    }

    /** Hands a CSV file to the import's upload field, as choosing it in the file dialog does (the earlier file cleared first). */
    private static void upload(Browser browser, String content) throws IOException {
        Path file = Files.createTempFile("sites-", ".csv");
        Files.writeString(file, content);
        WebElement upload = browser.element("site-import-upload");
        browser.js("arguments[0].files = [];", upload);
        WebElement input = upload.findElements(By.cssSelector("input[type=file]")).stream().findFirst()
                .orElseGet(() -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
        input.sendKeys(file.toAbsolutePath().toString());
        browser.settle();
    }
}
