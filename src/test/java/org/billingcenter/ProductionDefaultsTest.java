package org.billingcenter;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * What an operator gets from the repository's compose file and image without changing a line:
 * no demo data unless asked for, no start without database passwords, and a health check the
 * runtime image can run.
 */
class ProductionDefaultsTest {

    private static final Path COMPOSE = Path.of("compose.yaml");
    private static final Path DOCKERFILE = Path.of("Dockerfile");

    @Test
    void composeWritesNoDemoDataUnlessAskedAndNoDemoSignInsUnlessADemoDeployment() throws Exception {
        Map<String, Object> app = environmentOf("app");
        assertThat(app.get("BILLING_DEMO_DATA")).isEqualTo("${BILLING_DEMO_DATA:-false}");
        assertThat(app.get("BILLING_DEMO_DEPLOYMENT")).isEqualTo("${BILLING_DEMO_DEPLOYMENT:-false}");
    }

    @Test
    void composeRefusesToStartWithoutDatabasePasswords() throws Exception {
        List<Map.Entry<String, Object>> passwords = List.of(environmentOf("mysql"), environmentOf("app")).stream()
                .flatMap(environment -> environment.entrySet().stream()).filter(entry -> entry.getKey().contains("PASSWORD")).toList();
        assertThat(passwords).hasSize(3).allSatisfy(entry -> assertThat(String.valueOf(entry.getValue()))
                .as(entry.getKey()).matches("\\$\\{[A-Z_]+:\\?[^}]+}"));
        assertThat(Files.readString(COMPOSE)).doesNotContainIgnoringCase("change-me");
    }

    @Test
    void theImagesHealthCheckRunsTheProbeClassItCopiesWithTheJreItHas() throws Exception {
        String dockerfile = Files.readString(DOCKERFILE);
        String runtime = dockerfile.substring(dockerfile.lastIndexOf("FROM "));
        assertThat(runtime).startsWith("FROM eclipse-temurin:25-jre").doesNotContain("wget").doesNotContain("curl");
        assertThat(runtime).contains("WORKDIR /app")
                .contains("COPY --from=build /src/target/classes/org/billingcenter/HealthProbe.class probe/org/billingcenter/HealthProbe.class");
        String check = runtime.substring(runtime.indexOf("HEALTHCHECK"));
        check = check.substring(0, check.indexOf("\n", check.indexOf("CMD")));
        assertThat(check).contains("CMD [\"java\"").contains("\"-cp\", \"/app/probe\", \"" + HealthProbe.class.getName() + "\"]");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> environmentOf(String service) throws Exception {
        Map<String, Object> compose = new Yaml().load(Files.readString(COMPOSE));
        Map<String, Object> services = (Map<String, Object>) compose.get("services");
        return (Map<String, Object>) ((Map<String, Object>) services.get(service)).get("environment");
    }
}
