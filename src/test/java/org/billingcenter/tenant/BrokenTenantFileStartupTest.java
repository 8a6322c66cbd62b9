package org.billingcenter.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.billingcenter.Application;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.NestedExceptionUtils;

/** A broken tenant file must stop the application from starting, saying where the mistake is. */
@Tag("own-context")
class BrokenTenantFileStartupTest {

    @Test
    void startUpFailsNamingTheFileAndField(@TempDir Path tenants) throws IOException {
        Files.writeString(tenants.resolve("logo.svg"), "<svg/>");
        Path broken = tenants.resolve("test-tenant.yml");
        Files.writeString(broken, TenantFileReaderTest.validTenant().replace("currency: CNY", "currency: NOPE"));

        Throwable failure = catchThrowable(() -> new SpringApplicationBuilder(Application.class).run(
                "--billing.tenants.directory=" + tenants, "--billing.tenants.default-tenant=",
                "--spring.datasource.url=jdbc:h2:mem:broken;MODE=MySQL;DATABASE_TO_LOWER=TRUE",
                "--billing.demo-data.enabled=false", "--server.port=0").close());

        Throwable cause = NestedExceptionUtils.getMostSpecificCause(failure);
        assertThat(cause).isInstanceOf(TenantFileException.class);
        assertThat(cause.getMessage()).contains(broken.toString()).contains("'currency'");
    }
}
