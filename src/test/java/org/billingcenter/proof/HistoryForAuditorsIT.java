package org.billingcenter.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;

/**
 * An account's Auditor reads the change history in Chinese and in English: every record type,
 * field and value in words (no missing-key marker, no property or enum name), the picked change
 * whole in the detail pane with who, when, from where and why.
 */
class HistoryForAuditorsIT extends BrowserJourney {

    /** A property name ("redeemedAccountId: "), an enum name ("USED_UP") or a message key, as a person must never read them. */
    private static final List<Pattern> RAW = List.of(Pattern.compile("\\b[a-z]+[A-Z][A-Za-z]*\\s*:"),
            Pattern.compile("\\b[A-Z]{2,}_[A-Z_]{2,}\\b"), Pattern.compile("\\bhistory\\.[a-z]"), Pattern.compile("\\b(true|false)\\b"));

    @Test
    void anAuditorReadsTheHistoryInBothLanguages() {
        Browser browser = browser().signIn(CN, "auditor@demo.example", ProductionApp.DEMO_PASSWORD);
        List<String> problems = new ArrayList<>();

        browser.navigate("history");
        read(browser, "zh-CN", problems);
        assertThat(browser.text("history-detail")).contains("变更详情", "变更人", "来源地址");

        browser.select("language-switch", "English");
        browser.navigate("history");
        read(browser, "en", problems);
        assertThat(browser.text("history-detail")).contains("Change details", "Changed by", "From address", "Reason");

        assertThat(problems).as("what the auditor read").isEmpty();
    }

    @Test
    void anOperatorFiltersTheHistoryByAccount() {
        Browser browser = browser().signIn(INTL, "operator@demo.example", ProductionApp.DEMO_PASSWORD);
        browser.navigate("history");
        List<String> problems = new ArrayList<>();
        read(browser, "en", problems);
        assertThat(problems).isEmpty();
        assertThat(browser.has("history-account")).isTrue();
    }

    /** Reads the list and the first change's detail, noting what no person should read. */
    private static void read(Browser browser, String language, List<String> problems) {
        List<String> cells = browser.waitUntil(d -> {
            List<String> shown = browser.gridCells("history-grid");
            return shown.size() > 7 ? shown : null;
        });
        PageFacts page = PageFacts.of(browser);
        page.found().forEach(text -> problems.add(language + ": " + text));
        check(language + " list", cells, problems);

        WebElement row = browser.waitUntil(d -> firstRow(browser));
        browser.js("arguments[0].scrollIntoView({block: 'center'})", row);
        row.click();
        browser.settle();
        String detail = browser.waitForText("history-detail-facts", text -> !text.isBlank());
        check(language + " detail", List.of(detail), problems);
        check(language + " fields", browser.gridCells("history-fields"), problems);
    }

    /**
     * A journal posting's description ("TIME_SERIES 2026-11-30"), shown as its field and as its
     * reason, is the journal's own text, written when it is posted; the journal translates it.
     */
    private static final Pattern JOURNAL_DESCRIPTION = Pattern.compile("(Description|说明): — → [^;]*;?");
    private static final Pattern JOURNAL_DESCRIPTION_CELL = Pattern.compile("[A-Z][A-Z_]+ (\\d{4}-\\d{2}-\\d{2}|[a-z]+)");

    private static void check(String where, List<String> cells, List<String> problems) {
        for (String cell : cells) {
            if (JOURNAL_DESCRIPTION_CELL.matcher(cell).matches()) {
                continue;
            }
            String text = JOURNAL_DESCRIPTION.matcher(cell).replaceAll("");
            for (Pattern raw : RAW) {
                if (raw.matcher(text).find()) {
                    problems.add(where + ": " + text);
                }
            }
        }
    }

    private static WebElement firstRow(Browser browser) {
        return (WebElement) browser.js("""
                const grid = document.getElementById('history-grid');
                const rows = Array.from(grid.shadowRoot.querySelectorAll('#items tr')).filter(r => !r.hidden);
                for (const r of rows) {
                    const cells = Array.from(r.querySelectorAll('slot'))
                        .map(s => grid.querySelector('vaadin-grid-cell-content[slot="' + s.name + '"]')).filter(c => c);
                    const cell = cells.find(c => c.textContent.trim().length > 0);
                    if (cell) { return cell; }
                }
                return null;""");
    }
}
