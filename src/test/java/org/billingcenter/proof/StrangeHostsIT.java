package org.billingcenter.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Requests that belong to no portal here, on the production jar: a host no tenant declares, and a
 * session started at one tenant brought to another's host. Each gets one plain error page, with no
 * redirect to follow (a client following redirects gives up after a few) and no sign-in asked.
 */
class StrangeHostsIT {

    static final int MAX_REDIRECTS = 5;

    @Test
    void anUnknownHostGetsAPlainNotFoundPageWithoutRedirects() throws IOException {
        ProductionApp app = ProductionApp.get();
        for (String path : List.of("/", "/login", "/bills", "/error", "/api/usage/openapi.yaml")) {
            Followed followed = follow(app.port(), "evil.example.net", path, null);
            assertThat(followed.redirects()).as(path + " redirects through " + followed.locations()).isEmpty();
            assertThat(followed.last().status()).as(path).isEqualTo(404);
            assertThat(followed.last().body()).as(path).contains("No billing portal is served at this address")
                    .doesNotContain("evil.example.net");
        }
    }

    @Test
    void aSessionOfOneTenantAtAnotherTenantsHostGetsAPlainForbiddenPage() throws IOException {
        ProductionApp app = ProductionApp.get();
        RawHttp.Response login = RawHttp.get(app.port(), "lumen-cn.localhost:" + app.port(), "/login");
        String session = login.all("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).map(c -> c.split(";")[0])
                .findFirst().orElseThrow(() -> new AssertionError("no session cookie in " + login.headers()));

        for (String path : List.of("/", "/login", "/bills")) {
            Followed followed = follow(app.port(), "lumen-intl.localhost:" + app.port(), path, session);
            assertThat(followed.redirects()).as(path + " redirects through " + followed.locations()).isEmpty();
            assertThat(followed.last().status()).as(path).isEqualTo(403);
            assertThat(followed.last().body()).as(path).contains("signed in at another billing portal");
        }
        // The session still works where it started.
        assertThat(RawHttp.get(app.port(), "lumen-cn.localhost:" + app.port(), "/login", "Cookie: " + session).status())
                .isEqualTo(200);
    }

    record Followed(List<RawHttp.Response> redirects, List<String> locations, RawHttp.Response last) {
    }

    /** GETs the path and follows same-host redirects as a browser would, giving up after {@link #MAX_REDIRECTS}. */
    private static Followed follow(int port, String host, String path, String cookie) throws IOException {
        List<RawHttp.Response> redirects = new ArrayList<>();
        List<String> locations = new ArrayList<>();
        String next = path;
        while (true) {
            RawHttp.Response response = cookie == null ? RawHttp.get(port, host, next)
                    : RawHttp.get(port, host, next, "Cookie: " + cookie);
            if (response.status() / 100 != 3) {
                return new Followed(redirects, locations, response);
            }
            redirects.add(response);
            String location = response.header("Location").orElse("/");
            locations.add(location);
            assertThat(redirects).as("redirect loop through " + locations).hasSizeLessThanOrEqualTo(MAX_REDIRECTS);
            next = location.replaceFirst("^https?://[^/]+", "");
        }
    }
}
