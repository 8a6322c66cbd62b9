package org.billingcenter.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.junit.jupiter.api.Test;

/**
 * What the production jar tells browsers about its cookies and links: the session cookie is
 * {@code Secure} whenever the page came over HTTPS (here through a TLS proxy on the same machine,
 * which says so in {@code X-Forwarded-Proto}) and only then, and no page lets the browser send its
 * address, with an invitation or reset token in it, to another site as the referrer.
 */
class CookiesAndHeadersIT {

    @Test
    void theSessionCookieIsSecureWhenThePortalIsServedOverHttps() throws IOException {
        ProductionApp app = ProductionApp.get();
        RawHttp.Response overHttps = RawHttp.get(app.port(), "lumen-intl.localhost:" + app.port(), "/login",
                "X-Forwarded-Proto: https");
        assertThat(sessionCookie(overHttps)).contains("; Secure").contains("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void overPlainHttpTheCookieIsNotMarkedSecureSoDevelopmentStillWorks() throws IOException {
        ProductionApp app = ProductionApp.get();
        RawHttp.Response overHttp = RawHttp.get(app.port(), "lumen-intl.localhost:" + app.port(), "/login");
        assertThat(sessionCookie(overHttp)).doesNotContain("Secure").contains("HttpOnly");
    }

    @Test
    void pagesCarryingTokensInTheirAddressKeepThemFromOtherSitesReferrers() throws IOException {
        ProductionApp app = ProductionApp.get();
        for (String path : new String[] {"/login", "/invitation/some-secret-token", "/signup"}) {
            RawHttp.Response page = RawHttp.get(app.port(), "lumen-intl.localhost:" + app.port(), path);
            assertThat(page.status()).as(path).isEqualTo(200);
            assertThat(page.header("Referrer-Policy")).as(path).contains("same-origin");
        }
    }

    private static String sessionCookie(RawHttp.Response response) {
        return response.all("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                .orElseThrow(() -> new AssertionError("no session cookie in " + response.headers()));
    }
}
