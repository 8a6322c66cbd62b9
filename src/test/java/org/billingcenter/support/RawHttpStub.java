package org.billingcenter.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * A minimal HTTP/1.1 server on a loopback port that writes response header names exactly as given
 * (the JDK's server rewrites them to "Xxxx-xxxx", and WeChat Pay's SDK reads its {@code Wechatpay-*}
 * headers by exact name). One request per connection.
 */
final class RawHttpStub {

    record Request(String method, String path, Map<String, List<String>> headers, String body) {
    }

    record Response(int status, Map<String, String> headers, String body) {
    }

    private final ServerSocket socket;
    private final Function<Request, Response> handler;

    RawHttpStub(Function<Request, Response> handler) throws IOException {
        this.socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        this.handler = handler;
        Thread.ofPlatform().daemon().name("raw-http-stub").start(this::serve);
    }

    int port() {
        return socket.getLocalPort();
    }

    private void serve() {
        while (!socket.isClosed()) {
            try {
                Socket connection = socket.accept();
                Thread.ofVirtual().start(() -> handle(connection));
            } catch (IOException e) {
                return;
            }
        }
    }

    private void handle(Socket connection) {
        try (connection; InputStream in = new BufferedInputStream(connection.getInputStream());
                OutputStream out = connection.getOutputStream()) {
            String[] requestLine = line(in).split(" ");
            Map<String, List<String>> headers = new LinkedHashMap<>();
            int length = 0;
            for (String header = line(in); !header.isEmpty(); header = line(in)) {
                int colon = header.indexOf(':');
                String name = header.substring(0, colon).strip();
                String value = header.substring(colon + 1).strip();
                headers.put(name, List.of(value));
                if (name.toLowerCase(Locale.ROOT).equals("content-length")) {
                    length = Integer.parseInt(value);
                }
            }
            String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
            Response response = handler.apply(new Request(requestLine[0], requestLine[1].replaceFirst("\\?.*", ""), headers, body));
            byte[] bytes = response.body().getBytes(StandardCharsets.UTF_8);
            StringBuilder head = new StringBuilder("HTTP/1.1 ").append(response.status()).append(response.status() == 200 ? " OK" : " Error")
                    .append("\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ").append(bytes.length)
                    .append("\r\nConnection: close\r\n");
            response.headers().forEach((name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
            out.write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            out.write(bytes);
        } catch (IOException | RuntimeException e) {
            // the client went away; nothing to answer
        }
    }

    private static String line(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != -1 && b != '\n'; b = in.read()) {
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.UTF_8);
    }
}
