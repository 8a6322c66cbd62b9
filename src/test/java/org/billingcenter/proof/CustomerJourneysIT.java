package org.billingcenter.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import org.junit.jupiter.api.Test;

/**
 * What customers and staff do, in a real browser against the production jar on MariaDB. Each
 * journey starts from a fresh sign-up (or a demo person), so journeys are independent and can run
 * in any order. A new feature's journey is one more method here (or a class beside it) using
 * {@link Browser}'s gestures and the element ids its view sets.
 */
class CustomerJourneysIT extends BrowserJourney {

    @Test
    void signingUpInTwoTenantsShowsEachTenantsBrandAndTheDashboardChart() {
        Browser intl = browser();
        signUp(intl, INTL, "Ada International", "Intl Analytics");
        assertThat(intl.text("brand-name")).isEqualTo("Lumen Observability Billing Center");
        assertThat(logo(intl)).isEqualTo(tenantFile("lumen-intl/logo.svg"));
        assertThat(primaryColour(intl)).isEqualTo("#5b3cc4");
        assertChartDrawn(intl, "spend-chart");

        Browser cn = browser();
        signUp(cn, CN, "Chen Wei", "Hangzhou Analytics");
        assertThat(cn.text("brand-name")).isEqualTo("观澜可观测 · 费用中心");
        assertThat(logo(cn)).isEqualTo(tenantFile("lumen-cn/logo.svg")).isNotEqualTo(tenantFile("lumen-intl/logo.svg"));
        assertThat(primaryColour(cn)).isEqualTo("#c2410c");
        assertChartDrawn(cn, "spend-chart");
    }

    @Test
    void aVoucherCodeAnOperatorCreatesCanBeRedeemedOnce() {
        Browser operator = browser().signIn(INTL, "operator@demo.example", ProductionApp.DEMO_PASSWORD);
        operator.open(INTL, "operator/wallet")
                .type("codes-count", "1")
                .type("codes-face-value", "15")
                .typeAndEnter("codes-redeem-by", LocalDate.now().plusMonths(2).format(DateTimeFormatter.ofPattern("M/d/yyyy")))
                .click("create-codes");
        assertThat(operator.text("codes-created")).contains("$15.00");
        String csv = operator.download("codes-csv");
        String code = csv.lines().skip(1).findFirst().orElseThrow().split(",")[0];
        assertThat(code).isNotBlank();

        Browser owner = browser();
        signUp(owner, INTL, "Vera Voucher", "Voucher Inc");
        owner.open(INTL, "wallet").click("open-redeem").type("voucher-code", code).click("voucher-redeem");
        assertThat(owner.waitForText("wallet-vouchers", "$15.00"::equals)).isEqualTo("$15.00");

        owner.click("open-redeem").type("voucher-code", code).click("voucher-redeem");
        assertThat(owner.has("redeem-dialog")).as("a used code is refused and the dialog stays open").isTrue();
        owner.reload();
        assertThat(owner.text("wallet-vouchers")).isEqualTo("$15.00");
    }

    @Test
    void aTicketIsOpenedAndItsMarkupShownAsText() {
        Browser owner = browser();
        signUp(owner, INTL, "Tom Ticket", "Ticket Co");
        String subject = "Invoice <img src=x onerror=window.__pwned=1> is wrong";
        owner.open(INTL, "support").click("new-ticket").selectFirst("ticket-type")
                .type("ticket-subject", subject)
                .type("ticket-details", "<script>window.__pwned=1</script> The total looks off.")
                .click("ticket-submit");
        // The new ticket's page opens, its subject and details shown as typed.
        owner.waitUntil(d -> pageText(owner).contains(subject) ? true : null);
        assertThat(pageText(owner)).contains("<script>window.__pwned=1</script> The total looks off.");
        assertNoInjectedMarkup(owner);
        owner.open(INTL, "support");
        owner.waitUntil(d -> owner.gridCells("tickets-grid").stream().anyMatch(subject::equals) ? true : null);
        assertNoInjectedMarkup(owner);
    }

    @Test
    void markupInANameIsShownAsText() {
        Browser owner = browser();
        String name = "<img src=x onerror=window.__pwned=1>Mallory";
        signUp(owner, INTL, name, "<b>Bold</b> Co");
        assertThat(owner.text("signed-in-user")).contains(name);
        assertNoInjectedMarkup(owner);
    }

    @Test
    void anAuditorSeesTheOwnersChangeInTheHistory() {
        String region = "Region " + System.nanoTime();
        Browser owner = browser().signIn(INTL, "owner@demo.example", ProductionApp.DEMO_PASSWORD);
        owner.open(INTL, "profile").type("region", region).click("save-profile");
        owner.reload();
        assertThat(owner.element("region").getAttribute("value")).isEqualTo(region);

        Browser auditor = browser().signIn(INTL, "auditor@demo.example", ProductionApp.DEMO_PASSWORD);
        auditor.open(INTL, "history");
        auditor.waitUntil(d -> auditor.gridCells("history-grid").stream().anyMatch(cell -> cell.contains(region)) ? true : null);
        assertThat(auditor.gridCells("history-grid")).anyMatch(cell -> cell.contains("owner@demo.example"));
    }

    /** The logo the page shows, as served to this tenant's host. */
    @Test
    void aCustomerWhoseSignInTheStaffDisableLosesTheOpenSession() {
        Browser customer = browser();
        String email = signUp(customer, INTL, "Dora Disabled", "Disabled Co");
        customer.open(INTL, "wallet");

        Browser operator = browser().signIn(INTL, "operator@demo.example", ProductionApp.DEMO_PASSWORD);
        operator.open(INTL, "operator").type("access-email", email).type("access-reason", "reported compromised")
                .click("access-disable").click("access-confirm");

        // The customer's next click in the page they still have open.
        customer.element("open-recharge").click();
        customer.waitUntil(d -> d.getCurrentUrl().contains("/login") ? true : null);
        customer.open(INTL, "wallet");
        assertThat(customer.currentUrl()).contains("/login");
        assertThat(customer.attemptSignIn(INTL, email, PASSWORD)).as("signing in again is refused").isFalse();
    }

    static String pageText(Browser browser) {
        return (String) browser.js("return document.body.innerText");
    }

    static String logo(Browser browser) {
        return browser.fetch((String) browser.js("return document.querySelector('.bc-brand-logo').getAttribute('src')"));
    }

    static String tenantFile(String path) {
        try {
            return Files.readString(Path.of("tenants", path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String primaryColour(Browser browser) {
        return ((String) browser.js("return getComputedStyle(document.body).getPropertyValue('--lumo-primary-color')")).strip();
    }

    /** ApexCharts draws an SVG inside the element (in its shadow root, where the Lit element renders). */
    static void assertChartDrawn(Browser browser, String id) {
        browser.element(id);
        Object drawn = browser.waitUntil(d -> Boolean.TRUE.equals(browser.js("""
                const chart = document.getElementById(arguments[0]);
                const root = chart.shadowRoot || chart;
                return !!(root.querySelector('svg') || chart.querySelector('svg'));""", id)) ? true : null);
        assertThat(drawn).isEqualTo(true);
    }

    static void assertNoInjectedMarkup(Browser browser) {
        assertThat(browser.js("return window.__pwned === undefined")).isEqualTo(true);
        assertThat(browser.js("return document.querySelectorAll('img[src=x]').length")).isEqualTo(0L);
    }

    static String reloadUntil(Browser browser, String id, String expected) {
        for (int attempt = 0; attempt < 20; attempt++) {
            if (browser.text(id).equals(expected)) {
                return expected;
            }
            ProductionApp.sleep(500);
            browser.reload();
        }
        return browser.text(id);
    }
}
