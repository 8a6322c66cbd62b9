package org.billingcenter.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Takes the pictures of each tenant's dashboard that the README shows, at desktop width (1440 px)
 * and phone width (390 px), as each tenant's demo Owner sees it. Run on request, when the screens
 * change: {@code ./mvnw verify -Dit.test=DashboardScreenshotsIT -Dbilling.screenshots=true}; the
 * pictures go to {@code docs/screenshots/} and are committed.
 */
class DashboardScreenshotsIT extends BrowserJourney {

    private static final Path DIRECTORY = Path.of("docs", "screenshots");

    @Test
    void eachTenantsDashboardAtDesktopAndPhoneWidth() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("billing.screenshots"), "pictures are taken on request (-Dbilling.screenshots=true)");
        Files.createDirectories(DIRECTORY);
        for (String tenant : List.of(INTL, CN, HOSTING)) {
            Browser browser = browser().signIn(tenant, "owner@demo.example", ProductionApp.DEMO_PASSWORD);
            take(browser.resize(1440, 900), tenant + "-dashboard-desktop.png");
            take(browser.resize(390, 844), tenant + "-dashboard-phone.png");
        }
    }

    private static void take(Browser browser, String name) throws Exception {
        browser.open(tenantOf(name), "");
        // Charts animate in: let them finish before the picture.
        Thread.sleep(1500);
        Path file = DIRECTORY.resolve(name);
        Files.write(file, browser.screenshotBytes());
        assertThat(Files.size(file)).as(name).isGreaterThan(10_000);
    }

    private static String tenantOf(String name) {
        return name.substring(0, name.indexOf("-dashboard"));
    }
}
