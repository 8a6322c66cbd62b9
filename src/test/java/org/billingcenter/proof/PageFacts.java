package org.billingcenter.proof;

import java.util.List;
import java.util.Map;

/**
 * What a journey needs to know of the page on screen, read in the browser in one call rather than
 * by shipping the whole page source back for every route: the tell-tale texts of a framework error
 * page or a missing translation (with what follows them), and which of the portal's pages it is.
 */
record PageFacts(List<String> found, boolean inFrame, boolean notFound, boolean accessDenied) {

    /** Texts no page of the portal shows: Vaadin's and Spring's error pages, and missing-key markers ({@code !en: key}). */
    static final List<String> TELL_TALES = List.of("Could not navigate", "Internal error",
            "There was an exception while trying to navigate", "Whitelabel Error Page", "!en:", "!zh");

    @SuppressWarnings("unchecked")
    static PageFacts of(Browser browser) {
        Map<String, Object> facts = (Map<String, Object>) browser.js("""
                const html = document.documentElement.outerHTML;
                const found = arguments[0].filter(t => html.includes(t))
                    .map(t => html.substring(html.indexOf(t), html.indexOf(t) + 60).replace(/\\s+/g, ' '));
                const has = id => document.getElementById(id) !== null;
                return {found: found, inFrame: has('main-navigation'), notFound: has('not-found'), accessDenied: has('access-denied')};""",
                TELL_TALES);
        return new PageFacts((List<String>) facts.get("found"), (Boolean) facts.get("inFrame"), (Boolean) facts.get("notFound"),
                (Boolean) facts.get("accessDenied"));
    }
}
