package org.billingcenter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpServer;

import org.billingcenter.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The container's health check, run the way the image runs it: its one class alone on the class
 * path of a fresh JVM, against a server that is ready, one that is not, and none at all; and the
 * application's readiness endpoint answering it without a sign-in at the loopback address.
 */
class HealthProbeTest extends ApplicationTest {

    @TempDir
    Path probeDirectory;

    @Autowired
    WebApplicationContext web;

    @Test
    void aReadyApplicationIsHealthyOneThatIsNotOrIsDownIsUnhealthy() throws Exception {
        copyProbeAsTheImageDoes();
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext(HealthProbe.PATH, exchange -> answer(exchange, 200, "{\"status\":\"UP\"}"));
        server.createContext("/refusing" + HealthProbe.PATH, exchange -> answer(exchange, 503, "{\"status\":\"OUT_OF_SERVICE\"}"));
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort();
        try {
            assertThat(probeExitCode(base + HealthProbe.PATH)).isZero();
            assertThat(probeExitCode(base + "/refusing" + HealthProbe.PATH)).isEqualTo(1);
        } finally {
            server.stop(0);
        }
        assertThat(probeExitCode(base + HealthProbe.PATH)).as("nobody listening").isEqualTo(1);
    }

    @Test
    void theReadinessEndpointAnswersTheProbeAtTheLoopbackAddressWithoutASignIn() throws Exception {
        var mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity()).addFilters(web.getBean("tenantRequestFilter", jakarta.servlet.Filter.class)).build();
        mvc.perform(get(HealthProbe.PATH).header("Host", "127.0.0.1:8080")).andExpect(status().isOk());
    }

    private static void answer(com.sun.net.httpserver.HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes();
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
        exchange.close();
    }

    /** The Dockerfile copies only HealthProbe.class into /app/probe: nothing else of the application is on that class path. */
    private void copyProbeAsTheImageDoes() throws Exception {
        Path compiled = Path.of(HealthProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve("org/billingcenter/HealthProbe.class");
        Path target = probeDirectory.resolve("org/billingcenter/HealthProbe.class");
        Files.createDirectories(target.getParent());
        Files.copy(compiled, target);
    }

    private int probeExitCode(String address) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        Process probe = new ProcessBuilder(java, "-Xmx16m", "-cp", probeDirectory.toString(), HealthProbe.class.getName(), address)
                .redirectErrorStream(true).start();
        assertThat(probe.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return probe.exitValue();
    }
}
