package org.billingcenter.proof;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One browser's conversation with a Vaadin app, spoken over plain HTTP: the page, the bootstrap
 * ({@code ?v-r=init}, which renders the route and hands out the UI id and security key), form
 * sign-in, and UIDL requests ({@code ?v-r=uidl}) carrying the security key, the server's last
 * sync id and the client's message counter, as Vaadin's client sends them. For checks that need
 * the wire (a wrong security key) and for load (many sessions without browsers).
 */
public final class VaadinHttpSession {

    static {
        allowHostHeader();
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    /**
     * What Vaadin's client tells the bootstrap about the browser (a desktop window of 1440 × 900 here),
     * the current date last. Without them the server asks the page for them with a script and keeps
     * whatever waits for the answer (a grid that adapts its columns to the window's width, and the
     * view around it) until the page answers, which a simulated browser never does.
     */
    private static final String BROWSER_DETAILS = "&v-sh=1080&v-sw=1920&v-wh=900&v-ww=1440&v-bh=900&v-bw=1440&v-tzo=0&v-dstd=0"
            + "&v-rtzo=0&v-dston=false&v-tzid=UTC&v-td=false&v-pr=1&v-np=Linux%20x86_64&v-cs=&v-pv=VISIBLE&v-fs=NOT_FULLSCREEN"
            + "&v-so=landscape-primary&v-soa=0&v-tn=lumo&v-ws=false&v-curdate=";
    private static final Pattern SYNC_ID = Pattern.compile("\"syncId\"\\s*:\\s*(\\d+)");
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

    private final HttpClient http;
    private final String base;
    private final String host;
    private int uiId = -1;
    private String openRoute;
    private String securityKey;
    private int syncId;
    private int clientId;
    private String lastBody = "";
    private String formToken = "";
    private long lastNanos;
    private java.util.function.LongConsumer recorder = nanos -> { };
    private final java.util.Map<String, String> cookies = new java.util.LinkedHashMap<>();
    private String forwardedFor;

    /**
     * A session at {@code http://<tenant>.localhost:<port>}, talked to through 127.0.0.1 with that
     * Host. Cookies are kept here, per session, so many sessions can share one client.
     */
    public VaadinHttpSession(HttpClient shared, String tenant, int port) {
        this.http = shared != null ? shared : newClient();
        this.host = tenant + ".localhost:" + port;
        this.base = "http://" + host;
    }

    /**
     * Java does not resolve {@code *.localhost} (browsers do), so requests go to 127.0.0.1 with the
     * tenant's Host header, which the JDK's client only sends when allowed before its first use.
     */
    static void allowHostHeader() {
        System.setProperty("jdk.httpclient.allowRestrictedHeaders", "host");
    }

    public static HttpClient newClient() {
        return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();
    }

    /**
     * Loads a route as a browser does: the page, the bootstrap, then the navigation that renders the
     * view. A page already open is left as a browser leaves it, with Vaadin's unload beacon (which
     * closes its UI at once rather than when its heartbeats stop).
     */
    public int open(String route) throws IOException, InterruptedException {
        return open(route, "");
    }

    /** Loads a route with a query string ({@code error} for the sign-in page after a refusal), as {@link #open(String)} does. */
    public int open(String route, String query) throws IOException, InterruptedException {
        leavePage();
        HttpResponse<String> page = send(HttpRequest.newBuilder(uri("/" + route + (query.isEmpty() ? "" : "?" + query))).GET());
        openRoute = route;
        if (page.statusCode() == 302 || page.statusCode() == 303) {
            return page.statusCode();
        }
        // Spring Security's token for form posts (sign-in, sign-out), from the page's meta tag.
        Matcher csrf = CSRF.matcher(page.body());
        formToken = csrf.find() ? csrf.group(1) : "";
        String bootstrap = "?v-r=init&location=" + URLEncoder.encode(route, StandardCharsets.UTF_8) + "&query="
                + URLEncoder.encode(query, StandardCharsets.UTF_8) + BROWSER_DETAILS + System.currentTimeMillis();
        HttpResponse<String> init = send(HttpRequest.newBuilder(uri("/" + bootstrap)).GET());
        lastBody = init.body();
        if (init.statusCode() == 200) {
            JsonNode uidl = JSON.readTree(init.body()).path("appConfig").path("uidl");
            uiId = JSON.readTree(init.body()).path("appConfig").path("v-uiId").asInt(-1);
            securityKey = uidl.path("Vaadin-Security-Key").asString(null);
            syncId = uidl.path("syncId").asInt(0);
            clientId = 0;
        } else {
            return init.statusCode();
        }
        // The bootstrap only sets the UI up; the client then asks for the route, which renders the view.
        return navigate(route, query);
    }

    /** Signs in through the login form's POST (from the sign-in page, opened unless it is); true when the server accepted the credentials. */
    public boolean signIn(String email, String password) throws IOException, InterruptedException {
        if (!"login".equals(openRoute)) {
            open("login");
        }
        String form = "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + URLEncoder.encode(formToken, StandardCharsets.UTF_8);
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        // The browser follows the answer away from the sign-in page; a next sign-in opens it again.
        openRoute = null;
        String location = response.headers().firstValue("Location").orElse("");
        return response.statusCode() / 100 == 3 && !location.contains("error");
    }

    /** Navigates inside the open UI, as a click on a menu link does. Returns the UIDL response's status. */
    public int navigate(String route) throws IOException, InterruptedException {
        return navigate(route, "");
    }

    private int navigate(String route, String query) throws IOException, InterruptedException {
        String rpc = "[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":{\"route\":\"" + route
                + "\",\"query\":\"" + query + "\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":" + (clientId + 1) + "},\"trigger\":\"\"}}]";
        return uidl(rpc, securityKey);
    }

    /** Sends one UIDL message with the given security key; keeps the sync id of a normal answer. */
    public int uidl(String rpcJson, String key) throws IOException, InterruptedException {
        return uidl(rpcJson, key, "");
    }

    /** What the client sends when its page goes away: an empty message marked UNLOAD (the server closes the UI). */
    private void leavePage() throws IOException, InterruptedException {
        if (uiId >= 0 && securityKey != null) {
            uidl("[]", securityKey, ",\"UNLOAD\":true");
        }
        uiId = -1;
    }

    private int uidl(String rpcJson, String key, String extra) throws IOException, InterruptedException {
        String body = "{\"csrfToken\":\"" + key + "\",\"rpc\":" + rpcJson + ",\"syncId\":" + syncId + ",\"clientId\":" + clientId
                + extra + "}";
        HttpResponse<String> response = send(HttpRequest.newBuilder(uri("/?v-r=uidl&v-uiId=" + uiId))
                .header("Content-Type", "application/json; charset=UTF-8").POST(HttpRequest.BodyPublishers.ofString(body)));
        lastBody = response.body();
        Matcher sync = SYNC_ID.matcher(lastBody);
        if (sync.find()) {
            syncId = Integer.parseInt(sync.group(1));
            clientId++;
        }
        return response.statusCode();
    }

    /** Receives every request's duration (nanoseconds): the load benchmark's per-step figures. */
    public void recordTo(java.util.function.LongConsumer recorder) {
        this.recorder = recorder;
    }

    /** How long the last request took, from sending to the whole answer read. */
    public long lastNanos() {
        return lastNanos;
    }

    public String securityKey() {
        return securityKey;
    }

    public String lastBody() {
        return lastBody;
    }

    public int uiId() {
        return uiId;
    }

    /**
     * Speaks as a client at {@code address} behind a trusted proxy ({@code X-Forwarded-For}): the
     * app believes it only from the proxies it is told to trust, as the production journeys' are.
     */
    public VaadinHttpSession comingFrom(String address) {
        this.forwardedFor = address;
        return this;
    }

    /** A cookie the server set in this session (e.g. the load balancer's), or null. */
    public String cookie(String name) {
        return cookies.get(name);
    }

    /** Ends the session at the server, as the sign-out button does. */
    public void signOut() throws IOException, InterruptedException {
        send(HttpRequest.newBuilder(uri("/logout")).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + URLEncoder.encode(formToken, StandardCharsets.UTF_8))));
    }

    private URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + host.substring(host.lastIndexOf(':') + 1) + pathAndQuery);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        // The tenant comes from the Host header; the connection goes to loopback.
        request.header("Host", host).timeout(Duration.ofSeconds(60));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        if (!cookies.isEmpty()) {
            request.header("Cookie", String.join("; ", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
        }
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        lastNanos = System.nanoTime() - start;
        recorder.accept(lastNanos);
        for (String set : response.headers().allValues("Set-Cookie")) {
            String pair = set.split(";", 2)[0];
            int eq = pair.indexOf('=');
            if (eq > 0) {
                cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        return response;
    }
}
