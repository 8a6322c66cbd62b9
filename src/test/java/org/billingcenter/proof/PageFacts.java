package org.billingcenter.proof;

import java.util.List;
import java.util.Map;

/**
 * What a journey needs to know of the page on screen, read in the browser in one call rather than
 * by shipping the whole page source back for every route: the tell-tale texts of a framework error
 * page or a missing translation (with what follows them), words shown to the reader that are an
 * enum's code ({@code STORED_VALUE_CARD}), and which of the portal's pages it is.
 */
record PageFacts(List<String> found, List<String> codes, boolean inFrame, boolean notFound, boolean accessDenied) {

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
                const shown = document.body ? document.body.innerText : '';
                const codes = [...new Set(shown.match(/\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b/g) || [])].slice(0, 5);
                return {found: found, codes: codes, inFrame: has('main-navigation'), notFound: has('not-found'),
                    accessDenied: has('access-denied')};""",
                TELL_TALES);
        return new PageFacts((List<String>) facts.get("found"), (List<String>) facts.get("codes"), (Boolean) facts.get("inFrame"),
                (Boolean) facts.get("notFound"), (Boolean) facts.get("accessDenied"));
    }
}
