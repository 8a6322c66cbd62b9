package org.billingcenter.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Demo sign-ins share a published password: with the application's own configuration files, the
 * production profile writes them only where the deployment also says it is a demo. Each case
 * starts the real configuration (application.yml, application-mysql.yml) with the environment
 * variables an operator would set, and asks whether the demo data would be created.
 */
class DemoDataNeedsADemoDeploymentTest {

    @Test
    void productionWithDefaultsWritesNoDemoSignIns() {
        assertThat(demoDataWritten("mysql")).isFalse();
    }

    @Test
    void productionWithDemoDataSwitchedOnAloneStillWritesNoDemoSignIns() {
        assertThat(demoDataWritten("mysql", "--BILLING_DEMO_DATA=true")).isFalse();
    }

    @Test
    void aDeclaredDemoDeploymentOnProductionWritesTheDemoSignIns() {
        assertThat(demoDataWritten("mysql", "--BILLING_DEMO_DATA=true", "--BILLING_DEMO_DEPLOYMENT=true")).isTrue();
    }

    @Test
    void aDemoDeploymentWithoutDemoDataWritesNone() {
        assertThat(demoDataWritten("mysql", "--BILLING_DEMO_DEPLOYMENT=true")).isFalse();
    }

    @Test
    void theEmbeddedDevelopmentDatabaseHasDemoDataOutOfTheBox() {
        assertThat(demoDataWritten(null)).isTrue();
    }

    @Test
    void theDemoDataIsGuardedByThatCondition() {
        Conditional guard = DemoData.class.getAnnotation(Conditional.class);
        assertThat(guard).isNotNull();
        assertThat(guard.value()).containsExactly(DemoDataAllowed.class);
    }

    /** Whether a bean guarded as {@link DemoData} is, exists when the application starts with this profile and these arguments. */
    private static boolean demoDataWritten(String profile, String... arguments) {
        SpringApplication application = new SpringApplication(GuardedLikeDemoData.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        if (profile != null) {
            application.setAdditionalProfiles(profile);
        }
        List<String> args = new ArrayList<>(List.of(arguments));
        args.add("--spring.main.banner-mode=off");
        try (ConfigurableApplicationContext context = application.run(args.toArray(String[]::new))) {
            return context.containsBean("demoDataProbe");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class GuardedLikeDemoData {

        @Bean
        @Conditional(DemoDataAllowed.class)
        String demoDataProbe() {
            return "demo data";
        }
    }
}
