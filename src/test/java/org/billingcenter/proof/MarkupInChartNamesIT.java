package org.billingcenter.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;

/**
 * An Administrator renames every workspace of the account to markup that would run script if it
 * ever became an element; the Owner then opens the bill, the dashboard and the wallet and points
 * at every chart, as one does to read a figure. The names show in the charts exactly as typed (in
 * the tooltip and on the axis), and nothing of them becomes an element: no image is created and
 * its {@code onerror} never runs.
 */
class MarkupInChartNamesIT extends BrowserJourney {

    static final String MARKUP = "<img src=x onerror=window.__pwned=1>";

    @Test
    void workspaceNamesWithMarkupShowAsTextInEveryChartThePersonPointsAt() {
        Browser admin = browser().signIn(INTL, "admin@demo.example", ProductionApp.DEMO_PASSWORD);
        admin.open(INTL, "workspaces");
        @SuppressWarnings("unchecked")
        List<String> renameButtons = (List<String>) admin.waitUntil(d -> {
            Object ids = admin.js("return Array.from(document.querySelectorAll('[id^=workspace-rename-]'))"
                    + ".map(b => b.id).filter(id => id !== 'workspace-rename-dialog')");
            return ids instanceof List<?> list && !list.isEmpty() ? ids : null;
        });
        int n = 0;
        for (String button : renameButtons) {
            admin.click(button).type("workspace-new-name", MARKUP + "W" + (++n));
            admin.js("document.querySelector('#workspace-rename-dialog [slot=confirm-button]').click()");
            admin.settle();
        }
        assertThat(admin.gridCells("workspaces-grid")).anyMatch(cell -> cell.startsWith(MARKUP));

        Browser owner = browser().signIn(INTL, "owner@demo.example", ProductionApp.DEMO_PASSWORD);
        owner.open(INTL, "bills");
        clickFirstRow(owner, "bills-grid");
        owner.waitUntil(d -> d.getCurrentUrl().contains("/bill/") ? true : null);
        owner.settle();

        String title = pointAt(owner, "bill-by-workspace", ".apexcharts-bar-area");
        assertThat(title).as("the tooltip names the workspace as typed").contains(MARKUP).doesNotContain("&lt;");
        assertThat(svgTexts(owner, "bill-by-workspace")).as("the axis labels").anyMatch(text -> text.contains("<img"));
        pointAt(owner, "bill-by-item", ".apexcharts-pie-area");
        assertNothingInjected(owner, "bill-by-workspace", "bill-by-item");

        owner.open(INTL, "");
        pointAt(owner, "spend-chart", "svg.apexcharts-svg");
        pointAt(owner, "consumption-chart", "svg.apexcharts-svg");
        assertNothingInjected(owner, "spend-chart", "consumption-chart");

        owner.open(INTL, "wallet");
        pointAt(owner, "balance-chart", "svg.apexcharts-svg");
        assertNothingInjected(owner, "balance-chart");
    }

    /** The enterprise charts name departments, contracts and plans, which come from contracts, not from typing: pointed at all the same. */
    @Test
    void anEnterpriseAdministratorPointsAtEveryEnterpriseChartAndNothingRuns() {
        Browser admin = browser().signIn(HOSTING, "admin@demo.example", ProductionApp.DEMO_PASSWORD);
        admin.open(HOSTING, "enterprise/chargebacks");
        pointAt(admin, "chargeback-chart", "svg.apexcharts-svg");
        assertNothingInjected(admin, "chargeback-chart");
        admin.open(HOSTING, "enterprise/spend");
        pointAt(admin, "spend-chart", "svg.apexcharts-svg");
        assertNothingInjected(admin, "spend-chart");
        admin.open(HOSTING, "enterprise/invoices");
        clickFirstRow(admin, "invoices-grid");
        admin.click("open-portfolio");
        admin.waitUntil(d -> d.getCurrentUrl().contains("/enterprise/portfolio/") ? true : null);
        pointAt(admin, "chart-by-plan", "svg.apexcharts-svg");
        pointAt(admin, "chart-over-time", "svg.apexcharts-svg");
        assertNothingInjected(admin, "chart-by-plan", "chart-over-time");
    }

    /** Points the mouse at the chart's first drawn part matching the selector and returns the tooltip's title (or label) text. */
    private static String pointAt(Browser browser, String chartId, String selector) {
        CustomerJourneysIT.assertChartDrawn(browser, chartId);
        // A chart may redraw between being found and being pointed at; the part is then looked up again.
        browser.waitUntil(d -> {
            WebElement part = (WebElement) browser.js("""
                    const root = document.getElementById(arguments[0]).shadowRoot;
                    return root.querySelector(arguments[1]);""", chartId, selector);
            if (part == null) {
                return null;
            }
            try {
                browser.hover(part);
                return true;
            } catch (StaleElementReferenceException redrawn) {
                return null;
            }
        });
        browser.settle();
        return (String) browser.js("""
                const root = document.getElementById(arguments[0]).shadowRoot;
                const title = root.querySelector('.apexcharts-tooltip-title');
                const label = root.querySelector('.apexcharts-tooltip-text-y-label');
                return (title ? title.textContent : '') + ' ' + (label ? label.textContent : '');""", chartId);
    }

    /** Clicks the first body row of a vaadin-grid that shows something (header cells aside). */
    private static void clickFirstRow(Browser browser, String gridId) {
        browser.waitUntil(d -> {
            WebElement cell = (WebElement) browser.js("""
                    const grid = document.getElementById(arguments[0]);
                    const rows = Array.from(grid.shadowRoot.querySelectorAll('#items tr')).filter(r => !r.hidden);
                    for (const r of rows) {
                        const cells = Array.from(r.querySelectorAll('slot'))
                            .map(s => grid.querySelector('vaadin-grid-cell-content[slot="' + s.name + '"]')).filter(c => c);
                        const shown = cells.find(c => c.textContent.trim().length > 0);
                        if (shown) { return shown; }
                    }
                    return null;""", gridId);
            if (cell == null) {
                return null;
            }
            try {
                cell.click();
                return true;
            } catch (StaleElementReferenceException redrawn) {
                return null;
            }
        });
        browser.settle();
    }

    @SuppressWarnings("unchecked")
    private static List<String> svgTexts(Browser browser, String chartId) {
        return (List<String>) browser.js("""
                return Array.from(document.getElementById(arguments[0]).shadowRoot.querySelectorAll('svg text'))
                    .map(t => t.textContent);""", chartId);
    }

    private static void assertNothingInjected(Browser browser, String... chartIds) {
        assertThat(browser.js("return window.__pwned === undefined")).as("no onerror ran").isEqualTo(true);
        for (String chartId : chartIds) {
            assertThat(browser.js("return document.getElementById(arguments[0]).shadowRoot.querySelectorAll('img, script').length",
                    chartId)).as(chartId + " holds no element made from a name").isEqualTo(0L);
        }
        assertThat(browser.js("return document.querySelectorAll('img[src=x]').length")).isEqualTo(0L);
    }
}
