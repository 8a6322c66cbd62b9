package org.billingcenter.bench;

import java.util.HashMap;
import java.util.Map;

import org.billingcenter.Application;
import org.billingcenter.support.TestDatabase;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.mock.web.MockServletContext;
import org.springframework.web.context.support.GenericWebApplicationContext;

/**
 * The app's services inside a benchmark program, on the suite's MariaDB, without demo data or
 * scheduled jobs: as {@code @SpringBootTest} does, a web application context on a mock servlet
 * context (Vaadin's security configuration needs one), but no web server and no Vaadin dev-mode
 * start-up (which would try to install Node).
 */
final class BenchContext {

    private BenchContext() {
    }

    /** Starts the context; {@code settings} add to or replace the benchmark's defaults. */
    @SafeVarargs
    static ConfigurableApplicationContext start(String[] args, Map<String, String> settings,
            ApplicationContextInitializer<ConfigurableApplicationContext>... initializers) {
        Map<String, String> all = new HashMap<>(Map.of("spring.datasource.url", TestDatabase.url(),
                "spring.datasource.username", TestDatabase.user(),
                "spring.datasource.password", TestDatabase.password(),
                "spring.jpa.properties.jakarta.persistence.database-product-name", "MariaDB",
                "spring.jpa.properties.jakarta.persistence.database-product-version", TestDatabase.productVersion(),
                "billing.demo-data.enabled", "false",
                "logging.level.root", "warn",
                "billing.wallet.expiry-cron", "-",
                "billing.bill-run.job-cron", "-"));
        all.putAll(settings);
        // System properties outrank application.yml (default properties would not).
        all.forEach(System::setProperty);
        return new SpringApplicationBuilder(Application.class)
                .web(WebApplicationType.SERVLET)
                .initializers(initializers)
                .contextFactory(type -> new GenericWebApplicationContext(new MockServletContext()))
                .run(args);
    }
}
