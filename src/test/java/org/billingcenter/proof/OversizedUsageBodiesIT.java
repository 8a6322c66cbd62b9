package org.billingcenter.proof;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * {@code POST /api/usage} on the production jar, sent the bodies an attacker sends: a body of
 * gigabytes without a key, one with the key but past {@code billing.usage.max-bytes} (16 MB), with
 * and without a declared length. The server answers before it has read them, and holds none.
 */
class OversizedUsageBodiesIT {

    static final long TWO_GIGABYTES = 2L * 1024 * 1024 * 1024;
    static final long MAX_BYTES = 16L * 1024 * 1024;

    @Test
    void aHugeBodyWithoutAKeyIsRefusedBeforeItIsRead() throws IOException {
        ProductionApp app = ProductionApp.get();
        RawHttp.Streamed answer = RawHttp.streamBody(app.port(), RawHttp.head("POST", "/api/usage", "lumen-intl.localhost",
                "Content-Type: application/json", "Content-Length: " + TWO_GIGABYTES), TWO_GIGABYTES, false);

        assertThat(answer.response().status()).isEqualTo(401);
        assertThat(answer.bytesSentBeforeAnswer()).as("answered long before the body was sent").isLessThan(256L * 1024 * 1024);
    }

    @Test
    void aHugeChunkedBodyWithoutAKeyIsRefusedBeforeItIsRead() throws IOException {
        ProductionApp app = ProductionApp.get();
        RawHttp.Streamed answer = RawHttp.streamBody(app.port(), RawHttp.head("POST", "/api/usage", "lumen-intl.localhost",
                "Content-Type: text/csv", "Transfer-Encoding: chunked"), TWO_GIGABYTES, true);

        assertThat(answer.response().status()).isEqualTo(401);
        assertThat(answer.bytesSentBeforeAnswer()).isLessThan(256L * 1024 * 1024);
    }

    @Test
    void aBodyDeclaredLargerThanTheLimitIsRefusedWith413EvenWithTheKey() throws IOException {
        ProductionApp app = ProductionApp.get();
        RawHttp.Streamed answer = RawHttp.streamBody(app.port(), RawHttp.head("POST", "/api/usage", "lumen-intl.localhost",
                "Content-Type: application/json", "X-Api-Key: " + ProductionApp.USAGE_KEY, "Content-Length: " + TWO_GIGABYTES),
                TWO_GIGABYTES, false);

        assertThat(answer.response().status()).isEqualTo(413);
        assertThat(answer.bytesSentBeforeAnswer()).isLessThan(256L * 1024 * 1024);
    }

    @Test
    void aChunkedBodyThatGrowsPastTheLimitIsRefusedWith413() throws IOException {
        ProductionApp app = ProductionApp.get();
        // A JSON array left open: the parser keeps reading until the body passes the limit.
        RawHttp.Streamed answer = RawHttp.streamBody(app.port(), RawHttp.head("POST", "/api/usage", "lumen-intl.localhost",
                "Content-Type: application/json", "X-Api-Key: " + ProductionApp.USAGE_KEY, "Transfer-Encoding: chunked"),
                TWO_GIGABYTES, true);

        assertThat(answer.response().status()).isEqualTo(413);
        assertThat(answer.bytesSentBeforeAnswer()).as("read up to the limit, not to the end")
                .isLessThan(MAX_BYTES + 256L * 1024 * 1024);
    }

    @Test
    void aBatchWithinTheLimitIsStillReadRecordByRecord() throws IOException {
        ProductionApp app = ProductionApp.get();
        String body = "{\"note\": {\"skipped\": [1, 2]}, \"records\": [{\"sourceId\": \"a-1\", \"workspaceId\": \"999999999\","
                + " \"itemCode\": \"LOGS\", \"hour\": \"2026-11-14T03:00:00Z\", \"quantity\": \"1\"}, 7]}";
        RawHttp.Response answer = post(app.port(), "application/json", body);

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.body()).contains("\"row\":1").contains("is not a workspace of this tenant").contains("\"row\":2")
                .contains("not an object");
    }

    private static RawHttp.Response post(int port, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return RawHttp.send(port, RawHttp.head("POST", "/api/usage", "lumen-intl.localhost", "Content-Type: " + type,
                "X-Api-Key: " + ProductionApp.USAGE_KEY, "Content-Length: " + bytes.length), bytes);
    }
}
