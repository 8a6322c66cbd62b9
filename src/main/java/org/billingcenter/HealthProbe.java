package org.billingcenter;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;

/**
 * The container's health check: exits 0 when the application says it is ready to take traffic,
 * 1 otherwise. The runtime image is a bare JRE (no wget, no curl), so the Dockerfile copies this
 * one class beside the jar and runs it with {@code java -cp}: it must use nothing but the JDK.
 */
public final class HealthProbe {

    static final String PATH = "/actuator/health/readiness";

    private HealthProbe() {
    }

    public static void main(String[] args) {
        String address = args.length > 0 ? args[0]
                : "http://127.0.0.1:" + System.getenv().getOrDefault("PORT", "8080") + PATH;
        System.exit(isReady(URI.create(address)) ? 0 : 1);
    }

    /** True if {@code address} answers 200 within a few seconds. */
    static boolean isReady(URI address) {
        try {
            HttpURLConnection connection = (HttpURLConnection) address.toURL().openConnection();
            connection.setConnectTimeout(2_000);
            connection.setReadTimeout(3_000);
            connection.setInstanceFollowRedirects(false);
            try {
                return connection.getResponseCode() == HttpURLConnection.HTTP_OK;
            } finally {
                connection.disconnect();
            }
        } catch (IOException | IllegalArgumentException unreachable) {
            return false;
        }
    }
}
