package org.billingcenter.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Sign-in throttling counts failures per client address, and behind a reverse proxy the client's
 * address is taken from {@code X-Forwarded-For} only on connections from the proxies the operator
 * named ({@code server.tomcat.remoteip.internal-proxies}; the production jar here trusts the
 * loopback proxy only). An attacker reaching the app directly who forges a new forwarded address
 * for every guess gets no fresh tries; a trusted proxy's header is honoured, so two clients behind
 * one proxy are counted apart.
 */
class ForwardedClientAddressIT {

    private static final int FREE_ATTEMPTS = 5;
    private static final String DEMO_OWNER = "owner@demo.example";
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    @Test
    void anUntrustedPeerForgingANewForwardedAddressForEveryGuessGetsNoFreshTries() throws IOException {
        ProductionApp app = ProductionApp.get();
        InetAddress peer = ownNonLoopbackAddress();
        Assumptions.assumeTrue(peer != null, "this machine has no address besides loopback to connect from");
        SignInForm form = SignInForm.open(app);
        for (int i = 0; i < FREE_ATTEMPTS; i++) {
            assertThat(form.post(peer, "nobody-" + UUID.randomUUID() + "@example.com", "wrong password", forged()))
                    .as("wrong password %d", i).isFalse();
        }
        // The right password, from yet another forged address: the peer's own address is out of tries.
        assertThat(form.post(peer, DEMO_OWNER, ProductionApp.DEMO_PASSWORD, forged())).as("signed in from a throttled peer").isFalse();
        // Not a wrong password: through the trusted proxy, for a client of its own, the same sign-in succeeds.
        assertThat(SignInForm.open(app).post(null, DEMO_OWNER, ProductionApp.DEMO_PASSWORD, forged())).isTrue();
    }

    @Test
    void behindTheTrustedProxyTheForwardedAddressIsTheClientsAndIsThrottledByItself() throws IOException {
        ProductionApp app = ProductionApp.get();
        SignInForm form = SignInForm.open(app);
        String guesser = forged();
        for (int i = 0; i < FREE_ATTEMPTS; i++) {
            assertThat(form.post(null, "nobody-" + UUID.randomUUID() + "@example.com", "wrong password", guesser)).isFalse();
        }
        assertThat(form.post(null, DEMO_OWNER, ProductionApp.DEMO_PASSWORD, guesser)).as("the guessing client is throttled").isFalse();
        // Another client behind the same proxy keeps its own tries.
        assertThat(form.post(null, DEMO_OWNER, ProductionApp.DEMO_PASSWORD, forged())).as("another client of the proxy").isTrue();
    }

    /** A documentation-range address, new for each call. */
    private static String forged() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(100, 255) + "." + random.nextInt(1, 255);
    }

    private static InetAddress ownNonLoopbackAddress() throws SocketException {
        for (NetworkInterface network : NetworkInterface.networkInterfaces().toList()) {
            if (network.isUp() && !network.isLoopback()) {
                for (InetAddress address : network.inetAddresses().toList()) {
                    if (address instanceof Inet4Address && !address.isLinkLocalAddress()) {
                        return address;
                    }
                }
            }
        }
        return null;
    }

    /** The sign-in page's session and form token, fetched once, then posted to as often as a guesser likes. */
    private record SignInForm(int port, String host, String cookie, String token) {

        static SignInForm open(ProductionApp app) throws IOException {
            String host = "lumen-intl.localhost:" + app.port();
            RawHttp.Response page = RawHttp.get(app.port(), host, "/login");
            String cookie = page.all("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst()
                    .map(c -> c.split(";", 2)[0]).orElseThrow(() -> new AssertionError("no session cookie"));
            Matcher token = CSRF.matcher(page.body());
            assertThat(token.find()).as("form token on the sign-in page").isTrue();
            return new SignInForm(app.port(), host, cookie, token.group(1));
        }

        /** Posts the form (from {@code peer}, or through the loopback proxy when null) with a forwarded address; true when signed in. */
        boolean post(InetAddress peer, String email, String password, String forwardedFor) throws IOException {
            byte[] body = ("username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(token, StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8);
            String head = RawHttp.head("POST", "/login", host, "Cookie: " + cookie, "X-Forwarded-For: " + forwardedFor,
                    "Content-Type: application/x-www-form-urlencoded", "Content-Length: " + body.length);
            RawHttp.Response answer = peer == null ? RawHttp.send(port, head, body) : RawHttp.sendFrom(peer, port, head, body);
            assertThat(answer.status()).as("sign-in answer").isBetween(300, 399);
            return !answer.header("Location").orElse("").contains("error");
        }
    }
}
