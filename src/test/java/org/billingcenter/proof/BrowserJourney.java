package org.billingcenter.proof;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Base of the browser journeys: the production jar on MariaDB (one per JVM), and as many browsers
 * as the journey has people. When a journey fails, every open browser's screen and page source go
 * to {@code target/screenshots/<class>.<journey>-<n>.png}.
 * <p>
 * Without Chromium ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}) the journeys fail and say
 * how to install it; {@code -Dbilling.browser.skip=true} skips them on purpose instead.
 */
@Tag("browser")
public abstract class BrowserJourney {

    protected static final String INTL = "lumen-intl";
    protected static final String CN = "lumen-cn";
    protected static final String HOSTING = "harbor-hosting";
    protected static final String PASSWORD = "correct horse battery";

    protected static ProductionApp app;

    private final List<Browser> browsers = new ArrayList<>();

    @RegisterExtension
    final AfterTestExecutionCallback screenshots = this::screenshotOnFailure;

    @BeforeAll
    static void productionAppAndBrowser() {
        Assumptions.assumeFalse(Boolean.getBoolean("billing.browser.skip"), "browser journeys skipped (-Dbilling.browser.skip=true)");
        if (!Files.isExecutable(Browser.CHROMIUM) || !Files.isExecutable(Browser.DRIVER)) {
            throw new IllegalStateException("The browser journeys need Chromium and its driver at " + Browser.CHROMIUM + " and "
                    + Browser.DRIVER + ": install them with `apt-get install chromium chromium-driver` (as .ci/run does), "
                    + "or skip these journeys with -Dbilling.browser.skip=true");
        }
        app = ProductionApp.get();
    }

    /** A new person at their own browser. */
    protected Browser browser() {
        Browser browser = new Browser(app);
        browsers.add(browser);
        return browser;
    }

    /** Creates an account through the tenant's sign-up page and signs its Owner in; returns the e-mail. */
    protected String signUp(Browser browser, String tenant, String displayName, String company) {
        String email = "owner-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
        browser.open(tenant, "signup")
                .type("enterprise-name", company)
                .type("display-name", displayName)
                .type("email", email)
                .type("password", PASSWORD)
                .type("confirm-password", PASSWORD)
                .click("create-account");
        browser.waitUntil(d -> d.getCurrentUrl().contains("/login") ? true : null);
        confirmEmail(browser, tenant, email);
        browser.signIn(tenant, email, PASSWORD);
        return email;
    }

    /** Opens the confirmation link the portal e-mailed to the address and confirms it, as its owner would. */
    protected void confirmEmail(Browser browser, String tenant, String email) {
        browser.open(tenant, app.pathOfLinkSentTo(tenant, email, "confirm-email/")).click("confirm-email");
        browser.element("email-confirmed");
    }

    private void screenshotOnFailure(ExtensionContext context) {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        String name = context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName();
        for (int i = 0; i < browsers.size(); i++) {
            browsers.get(i).screenshot(name + "-" + (i + 1));
        }
    }

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
        browsers.clear();
    }
}
