package org.billingcenter.proof;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.billingcenter.tenant.TenantDefinition;
import org.billingcenter.tenant.TenantProperties;
import org.billingcenter.tenant.TenantRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;

/**
 * Every demo person of every tenant signs in once and opens every route of the application, in each
 * language the tenant offers (switched as a person switches it). Each page must be a page of the
 * portal: no framework error, no missing translation, no enum's code shown, no menu entry of a
 * feature the tenant does not offer, the not-found page exactly where the tenant lacks the feature,
 * and a screen the role may not use answered by the access-denied page in the frame. Each page also
 * passes axe-core (no serious or critical violation) and, at 1440 px, shows no grid heading or
 * first-column value cut off; on a phone each main screen fits the screen's width.
 */
class EveryRouteOfEveryRoleIT extends BrowserJourney {

    private static final List<String> PEOPLE = List.of("owner", "admin", "finance", "member", "auditor", "operator");
    private static final List<RouteCatalogue> ROUTES = RouteCatalogue.all();
    private static final TenantRegistry TENANTS = tenants();

    static List<String[]> people() {
        List<String[]> people = new ArrayList<>();
        for (TenantDefinition tenant : TENANTS.all()) {
            PEOPLE.stream().filter(person -> chosen(tenant.id(), person)).forEach(person -> people.add(new String[] {tenant.id(), person}));
        }
        return people;
    }

    @Test
    void aNewcomerArrivingWhileTheDemoDataIsWrittenIsAskedToWaitNotToldTheirPasswordIsWrong() {
        List<HttpResponse<String>> seen = ProductionApp.seenWhileStarting();
        assumeFalse(seen.isEmpty(), "the app was started elsewhere, or was ready at its first answer");
        assertThat(seen).allSatisfy(page -> {
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("The billing portal is starting");
        });
        // Ready now: the demo people exist.
        Browser browser = browser().signIn(INTL, "owner@demo.example", ProductionApp.DEMO_PASSWORD);
        assertThat(browser.has("main-navigation")).isTrue();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("people")
    void everyRouteIsAPageOfThePortal(String tenantId, String person) {
        TenantDefinition tenant = TENANTS.get(tenantId);
        Browser browser = browser().signIn(tenantId, person + "@demo.example", ProductionApp.DEMO_PASSWORD);
        List<String> problems = new ArrayList<>();
        atDesktopWidth(browser);
        walk(browser, tenant, tenant.defaultLocale(), problems);
        // Then in each other language the tenant offers, chosen the way a person does; their choice is kept as theirs,
        // so the walk ends by choosing the tenant's language again.
        List<Locale> others = tenant.locales().stream().filter(l -> !l.equals(tenant.defaultLocale())).toList();
        try {
            for (Locale language : others) {
                speak(browser, tenantId, language);
                walk(browser, tenant, language, problems);
            }
        } finally {
            if (!others.isEmpty()) {
                speak(browser, tenantId, tenant.defaultLocale());
            }
        }
        browser.open(tenantId, "no-such-page");
        PageFacts unknown = PageFacts.of(browser);
        if (!unknown.notFound() || !unknown.inFrame()) {
            problems.add("no-such-page: an unknown address is not answered by the not-found page in the frame");
        }
        problems.addAll(accessibilityOnce(browser, tenantId, "no-such-page", unknown));
        assertThat(problems).as("what %s at %s met", person, tenantId).isEmpty();
    }

    /** Opens every route in the language the page speaks now, noting what a person should never meet. */
    private static void walk(Browser browser, TenantDefinition tenant, Locale language, List<String> problems) {
        String tenantId = tenant.id();
        browser.open(tenantId, "");
        List<String> menu = menuPaths(browser);
        assertThat(menu).as("the menu at %s in %s", tenantId, language).isNotEmpty();
        for (RouteCatalogue route : ROUTES) {
            if (menu.contains(route.path()) && route.feature().filter(f -> !tenant.offers(f)).isPresent()) {
                problems.add("menu entry '" + route.path() + "' of " + route.feature().get() + ", which " + tenantId + " does not offer");
            }
        }

        for (RouteCatalogue route : ROUTES) {
            browser.navigate(route.path());
            String where = language.toLanguageTag() + " " + route.path() + ": ";
            PageFacts page = PageFacts.of(browser);
            page.found().forEach(text -> problems.add(where + (text.startsWith("!") ? "missing translation " : "framework error ") + text));
            page.codes().forEach(code -> problems.add(where + "an enum's code shown to a person: " + code));
            if (!page.inFrame()) {
                problems.add(where + "not drawn in the portal's frame");
            }
            boolean featureOff = route.feature().filter(f -> !tenant.offers(f)).isPresent();
            if (featureOff && !page.notFound() && !page.accessDenied()) {
                problems.add(where + "a feature the tenant lacks is not answered by the not-found page");
            }
            if (!featureOff && page.notFound()) {
                problems.add(where + "not found");
            }
            if (menu.contains(route.path()) && page.accessDenied()) {
                problems.add(where + "in the menu, yet access is denied");
            }
            problems.addAll(accessibilityOnce(browser, tenantId, route.path(), page));
            problems.addAll(cutOff(browser, where));
        }
    }

    /** How many times a language is picked before the walk gives up: a busy machine may redraw the page slower than a wait lasts. */
    private static final int LANGUAGE_ATTEMPTS = 3;

    /**
     * Picks a language in the header's language switch, as a person does, and waits for the page to
     * redraw in it. A pick whose redraw outlasts the wait is checked on a fresh page and made again
     * only when the page does not speak the language yet.
     */
    private static void speak(Browser browser, String tenantId, Locale language) {
        String label = language.getDisplayName(language);
        for (int attempt = 1;; attempt++) {
            browser.open(tenantId, "");
            WebElement before = browser.element("language-switch");
            if (label.equals(browser.js(SHOWN_LANGUAGE))) {
                return;
            }
            try {
                browser.select("language-switch", label);
                browser.waitUntil(ExpectedConditions.stalenessOf(before));
                browser.settle();
                return;
            } catch (TimeoutException slow) {
                if (attempt == LANGUAGE_ATTEMPTS) {
                    throw slow;
                }
            }
        }
    }

    /** The language the header's switch shows as chosen. */
    private static final String SHOWN_LANGUAGE = """
            const shown = document.querySelector('#language-switch vaadin-select-value-button');
            return shown ? shown.textContent.trim() : null;""";

    // ---- Accessibility and phone width (axe-core; a phone is 390 px wide) ----

    private static final int PHONE_WIDTH = 390;
    private static final int PHONE_HEIGHT = 844;
    /** How many of a person's menu entries, from the top, are walked at phone width: the screens they open most. */
    private static final int MAIN_ROUTES = 4;
    /** Pages already checked by axe (tenant, width and page): a page looks the same to every person who may open it. */
    private static final Set<String> CHECKED = ConcurrentHashMap.newKeySet();

    /**
     * At phone width the menu is a drawer behind its toggle, which opens it; each of the person's
     * main screens is a page of the portal no wider than the phone, and passes axe-core.
     */
    @ParameterizedTest(name = "{0} {1} on a phone")
    @MethodSource("people")
    void theMainScreensFitAPhone(String tenantId, String person) {
        Browser browser = browser().signIn(tenantId, person + "@demo.example", ProductionApp.DEMO_PASSWORD).resize(PHONE_WIDTH, PHONE_HEIGHT);
        List<String> problems = new ArrayList<>();
        List<String> main = menuPaths(browser).stream().limit(MAIN_ROUTES).toList();
        if (!Boolean.TRUE.equals(browser.js("const l = document.querySelector('vaadin-app-layout'); return l.overlay && !l.drawerOpened;"))) {
            problems.add("the menu is not collapsed behind its toggle at " + PHONE_WIDTH + " px");
        }
        browser.click("drawer-toggle");
        if (!Boolean.TRUE.equals(browser.js("return document.querySelector('vaadin-app-layout').drawerOpened;"))) {
            problems.add("the menu toggle does not open the menu");
        }
        for (String path : main) {
            browser.navigate(path);
            String where = path + " (phone): ";
            PageFacts page = PageFacts.of(browser);
            page.found().forEach(text -> problems.add(where + "shows " + text));
            if (page.notFound() || page.accessDenied() || !page.inFrame()) {
                problems.add(where + "not a page of the portal");
            }
            Object overflow = browser.js(WIDER_THAN_THE_WINDOW);
            if (overflow != null) {
                problems.add(where + "wider than the phone: " + overflow);
            }
            problems.addAll(accessibilityOnce(browser, tenantId + " phone", path, page));
        }
        problems.forEach(line -> System.out.println("PHONE " + tenantId + " " + person + ": " + line));
        assertThat(problems).as("what %s at %s met on a phone", person, tenantId).isEmpty();
    }

    /** The page, or the view in the layout, when its content is wider than the room it has (a person would scroll sideways). */
    private static final String WIDER_THAN_THE_WINDOW = """
            const view = document.querySelector('vaadin-app-layout > :not([slot])');
            const wide = e => e && e.scrollWidth > e.clientWidth + 2 ? e.tagName + ' ' + e.scrollWidth + ' px in ' + e.clientWidth : null;
            return wide(document.scrollingElement) || wide(view);""";

    /** The width the portal is judged at on a desktop: no grid heading or first-column value may be cut off there. */
    private static final int DESKTOP_WIDTH = 1440;

    private static void atDesktopWidth(Browser browser) {
        browser.resize(DESKTOP_WIDTH, 900);
    }

    /** Grid headings and first-column values shown cut off (with an ellipsis) on the page. */
    @SuppressWarnings("unchecked")
    private static List<String> cutOff(Browser browser, String where) {
        List<String> cut = (List<String>) browser.js(CUT_OFF_IN_GRIDS);
        List<String> found = cut.stream().map(text -> where + "cut off in a grid: " + text).toList();
        found.forEach(line -> System.out.println("CUT OFF " + line));
        return found;
    }

    private static final String CUT_OFF_IN_GRIDS = """
            const cut = [];
            for (const grid of document.querySelectorAll('vaadin-grid')) {
              if (!grid.offsetParent) { continue; }
              for (const content of grid.querySelectorAll('vaadin-grid-cell-content')) {
                const cell = content.assignedSlot && content.assignedSlot.parentElement;
                const part = cell ? (cell.getAttribute('part') || '') : '';
                const key = part.includes('header-cell') || (part.includes('body-cell') && part.includes('first-column-cell'));
                const text = content.textContent.trim();
                if (key && text && content.offsetWidth > 0 && content.scrollWidth > content.clientWidth + 1) {
                  cut.push((grid.id || 'grid') + ' "' + text + '"');
                }
              }
            }
            return cut.slice(0, 5);""";

    /** axe-core on the page shown, once per tenant and page: the access-denied and not-found pages are checked once, whatever route led there. */
    private static List<String> accessibilityOnce(Browser browser, String tenantId, String path, PageFacts page) {
        String which = page.accessDenied() ? "access-denied" : page.notFound() ? "not-found" : path;
        if (!CHECKED.add(tenantId + "|" + which)) {
            return List.of();
        }
        return AccessibilityCheck.violations(browser, which + " at " + tenantId + ": ");
    }

    /** {@code -Dbilling.journeys.only=harbor-hosting/admin} walks one person (or {@code harbor-hosting} one tenant) when chasing a failure. */
    private static boolean chosen(String tenantId, String person) {
        String only = System.getProperty("billing.journeys.only", "");
        return only.isBlank() || only.equals(tenantId) || only.equals(tenantId + "/" + person);
    }

    private static List<String> menuPaths(Browser browser) {
        return browser.element("main-navigation").findElements(By.cssSelector("vaadin-side-nav-item")).stream()
                .map(item -> item.getAttribute("path")).map(path -> path == null ? "" : path.replaceFirst("^/", ""))
                .toList();
    }

    private static TenantRegistry tenants() {
        LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
        validator.afterPropertiesSet();
        return new TenantRegistry(new TenantProperties(Path.of("tenants"), null), validator);
    }

}
