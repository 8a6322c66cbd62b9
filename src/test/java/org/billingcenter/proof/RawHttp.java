package org.billingcenter.proof;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * HTTP written by hand on a socket, as an attacker's tool would: any Host header, any declared
 * length, a body streamed for as long as the server keeps reading. Journeys use it where a
 * well-behaved client would refuse or buffer.
 */
final class RawHttp {

    /** What came back: the status, the header lines, and the body as far as it was read. */
    record Response(int status, List<String> headers, String body) {

        Optional<String> header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).strip()).findFirst();
        }

        List<String> all(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).strip()).toList();
        }
    }

    private RawHttp() {
    }

    /** A request without a body. */
    static Response get(int port, String host, String path, String... headers) throws IOException {
        try (Socket socket = open(port)) {
            OutputStream out = socket.getOutputStream();
            out.write(head("GET", path, host, headers).getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return read(socket.getInputStream());
        }
    }

    /** A request with a small body, sent whole. */
    static Response send(int port, String head, byte[] body) throws IOException {
        try (Socket socket = open(port)) {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return read(socket.getInputStream());
        }
    }

    /**
     * A request with a small body from one of this machine's own addresses to the app listening on
     * it, so the app sees that address as the peer: a client that is not the loopback proxy.
     */
    static Response sendFrom(java.net.InetAddress peer, int port, String head, byte[] body) throws IOException {
        try (Socket socket = new Socket(peer, port, peer, 0)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            return read(socket.getInputStream());
        }
    }

    /**
     * Sends the head, then streams body bytes (up to {@code bodyBytes}) from another thread for as
     * long as the server takes them, and returns the answer with how many bytes had been sent by then.
     */
    static Streamed streamBody(int port, String head, long bodyBytes, boolean chunked) throws IOException {
        try (Socket socket = open(port)) {
            OutputStream out = socket.getOutputStream();
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            AtomicLong sent = new AtomicLong();
            Thread writer = Thread.ofVirtual().start(() -> {
                byte[] block = new byte[64 * 1024];
                java.util.Arrays.fill(block, (byte) ' ');
                try {
                    while (sent.get() < bodyBytes) {
                        int n = (int) Math.min(block.length, bodyBytes - sent.get());
                        if (chunked) {
                            out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                            out.write(block, 0, n);
                            out.write("\r\n".getBytes(StandardCharsets.ISO_8859_1));
                        } else {
                            out.write(block, 0, n);
                        }
                        sent.addAndGet(n);
                    }
                    if (chunked) {
                        out.write("0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
                    }
                    out.flush();
                } catch (IOException closedByServer) {
                    // the server stopped reading and closed: what an attacker's client sees
                }
            });
            Response response = read(socket.getInputStream());
            long sentWhenAnswered = sent.get();
            writer.interrupt();
            return new Streamed(response, sentWhenAnswered);
        }
    }

    record Streamed(Response response, long bytesSentBeforeAnswer) {
    }

    static String head(String method, String path, String host, String... headers) {
        StringBuilder head = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
        for (String header : headers) {
            head.append(header).append("\r\n");
        }
        if (!List.of(headers).stream().anyMatch(h -> h.toLowerCase(Locale.ROOT).startsWith("connection:"))) {
            head.append("Connection: close\r\n");
        }
        return head.append("\r\n").toString();
    }

    private static Socket open(int port) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(30_000);
        return socket;
    }

    /** Reads the status line, the headers and (by Content-Length, chunks or close) the body. */
    private static Response read(InputStream in) throws IOException {
        String status = line(in);
        if (status == null) {
            throw new IOException("the server closed without answering");
        }
        List<String> headers = new ArrayList<>();
        for (String line = line(in); line != null && !line.isEmpty(); line = line(in)) {
            headers.add(line);
        }
        Response bare = new Response(Integer.parseInt(status.split(" ")[1]), headers, "");
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        try {
            if (bare.header("Content-Length").isPresent()) {
                body.write(in.readNBytes(Integer.parseInt(bare.header("Content-Length").get())));
            } else if (bare.header("Transfer-Encoding").filter(t -> t.contains("chunked")).isPresent()) {
                for (int size = Integer.parseInt(line(in).strip(), 16); size > 0; size = Integer.parseInt(line(in).strip(), 16)) {
                    body.write(in.readNBytes(size));
                    line(in);
                }
            } else {
                body.write(in.readAllBytes());
            }
        } catch (IOException | RuntimeException cutShort) {
            // the status and headers are what the checks need
        }
        return new Response(bare.status(), headers, body.toString(StandardCharsets.UTF_8));
    }

    private static String line(InputStream in) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int c = in.read(); c != -1; c = in.read()) {
            if (c == '\n') {
                return line.toString().stripTrailing();
            }
            line.append((char) c);
        }
        return line.isEmpty() ? null : line.toString();
    }
}
