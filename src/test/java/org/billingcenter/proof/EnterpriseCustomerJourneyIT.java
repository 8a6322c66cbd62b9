package org.billingcenter.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * The Administrator of the demo contract account, in one sign-in: reads the contracts page, tags
 * two sites to a new department at once, saves a chargeback rule and allocates with it, and
 * downloads the whole Site Portfolio Report as one CSV.
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
