package org.billingcenter.support;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local stand-in for the payment providers' APIs, on a loopback port, recording every request
 * the application's SDK clients send: tests assert what was asked, and no request leaves the
 * machine. It answers as each provider does (Stripe: a Checkout Session with a hosted page, which
 * it also serves).
 */
public final class PaymentProviderStub {

    /** One request as the stub received it. */
    public record Recorded(String method, String path, Map<String, List<String>> headers, String body) {

        /** The body as form fields (Stripe's and Alipay's requests are form-encoded). */
        public Map<String, String> form() {
            Map<String, String> fields = new LinkedHashMap<>();
            for (String pair : body.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                            URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
            return fields;
        }
    }

    private static PaymentProviderStub running;

    private final HttpServer server;
    private final RawHttpStub wechatPay;
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger sessions = new AtomicInteger();
    private final Map<String, Map<String, String>> sessionRequests = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String> wechatTransactions = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, String[]> alipayTrades = new java.util.concurrent.ConcurrentHashMap<>();

    private PaymentProviderStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/checkout/sessions", this::stripeSession);
        server.createContext("/gateway.do", this::alipayGateway);
        server.createContext("/checkout/", exchange -> answer(exchange, 200, "text/html",
                "<html><body><h1 id='stub-checkout'>Stripe test checkout</h1></body></html>"));
        server.start();
        wechatPay = new RawHttpStub(this::wechatPay);
    }

    /** The stub, started at the first call and kept for the JVM. */
    public static synchronized PaymentProviderStub get() {
        if (running == null) {
            try {
                running = new PaymentProviderStub();
            } catch (IOException e) {
                throw new IllegalStateException("Cannot start the payment provider stub", e);
            }
        }
        return running;
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The requests sent to a path, oldest first. */
    public List<Recorded> requestsTo(String path) {
        return requests.stream().filter(request -> request.path().equals(path)).toList();
    }

    /** What was asked when the session with this id was opened. */
    public Map<String, String> stripeSession(String id) {
        return sessionRequests.get(id);
    }

    /** The Checkout Session request the stub answered for an order reference. */
    public Map<String, String> stripeSessionRequest(String reference) {
        return requestsTo("/v1/checkout/sessions").stream().map(Recorded::form)
                .filter(form -> reference.equals(form.get("client_reference_id"))).findFirst()
                .orElseThrow(() -> new AssertionError("No Checkout Session was asked for " + reference));
    }

    private void stripeSession(HttpExchange exchange) throws IOException {
        Recorded request = record(exchange);
        Map<String, String> form = request.form();
        String id = "cs_test_stub" + sessions.incrementAndGet();
        sessionRequests.put(id, form);
        String json = """
                {"id": "%s", "object": "checkout.session", "mode": "payment", "status": "open", "payment_status": "unpaid",
                 "amount_total": %s, "currency": "%s", "client_reference_id": "%s", "url": "%s/checkout/%s",
                 "metadata": {"order_reference": "%s"}, "livemode": false}"""
                .formatted(id, form.get("line_items[0][price_data][unit_amount]"), form.get("line_items[0][price_data][currency]"),
                        form.get("client_reference_id"), baseUrl(), id, form.get("metadata[order_reference]"));
        answer(exchange, 200, "application/json", json);
    }

    /** What Alipay answers when asked about a trade from now on: its status and total amount. */
    public void alipayTrade(String reference, String status, String totalAmount) {
        alipayTrades.put(reference, new String[] {status, totalAmount});
    }

    public String alipayGatewayUrl() {
        return baseUrl() + "/gateway.do";
    }

    /** alipay.trade.query, answered as Alipay does: the answer object, and Alipay's RSA2 signature over its exact text. */
    private void alipayGateway(HttpExchange exchange) throws IOException {
        Recorded request = record(exchange);
        String reference = request.form().getOrDefault("biz_content", "").replaceAll(".*\"out_trade_no\":\"([^\"]+)\".*", "$1");
        String[] trade = alipayTrades.get(reference);
        String content = trade == null
                ? "{\"code\":\"40004\",\"msg\":\"Business Failed\",\"sub_code\":\"ACQ.TRADE_NOT_EXIST\",\"sub_msg\":\"trade does not exist\"}"
                : "{\"code\":\"10000\",\"msg\":\"Success\",\"out_trade_no\":\"" + reference + "\",\"trade_no\":\"2026" + reference
                        + "\",\"trade_status\":\"" + trade[0] + "\",\"total_amount\":\"" + trade[1] + "\"}";
        answer(exchange, 200, "application/json", "{\"alipay_trade_query_response\":" + content + ",\"sign\":\""
                + AlipaySigning.signByAlipay(content) + "\"}");
    }

    /** What WeChat Pay answers when asked about a transaction from now on. */
    public void wechatPayTransaction(String reference, String transactionJson) {
        wechatTransactions.put(reference, transactionJson);
    }

    /** The Native order placed for a reference (its JSON body). */
    public String wechatPayOrder(String reference) {
        return requestsTo("/v3/pay/transactions/native").stream().map(Recorded::body)
                .filter(body -> body.contains("\"" + reference + "\"")).findFirst()
                .orElseThrow(() -> new AssertionError("No Native order was placed for " + reference));
    }

    /** WeChat Pay's API address (a server of its own: the SDK needs its headers' names exactly as WeChat Pay writes them). */
    public String wechatPayApiBase() {
        return "http://127.0.0.1:" + wechatPay.port();
    }

    /** WeChat Pay v3: Native orders and queries, answered with the platform's signature as WeChat Pay answers. */
    private RawHttpStub.Response wechatPay(RawHttpStub.Request request) {
        requests.add(new Recorded(request.method(), request.path(), request.headers(), request.body()));
        String body;
        int status = 200;
        if (request.path().equals("/v3/pay/transactions/native")) {
            String reference = request.body().replaceAll(".*\"out_trade_no\"\\s*:\\s*\"([^\"]+)\".*", "$1");
            body = "{\"code_url\":\"weixin://wxpay/bizpayurl?pr=" + reference + "\"}";
        } else {
            String reference = request.path().substring(request.path().lastIndexOf('/') + 1);
            body = wechatTransactions.get(reference);
            if (body == null) {
                status = 404;
                body = "{\"code\":\"ORDER_NOT_EXIST\",\"message\":\"order does not exist\"}";
            }
        }
        Map<String, String> headers = new LinkedHashMap<>(WechatPaySigning.signedByPlatform(body));
        headers.put("Request-ID", "stub-" + System.nanoTime());
        return new RawHttpStub.Response(status, headers, body);
    }

    private Recorded record(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            Recorded recorded = new Recorded(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            requests.add(recorded);
            return recorded;
        }
    }

    static void answer(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }
}
