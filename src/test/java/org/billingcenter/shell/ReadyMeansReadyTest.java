package org.billingcenter.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicBoolean;

import org.billingcenter.support.ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Until start-up work (demo data included) is done, the readiness probe says so and every page a
 * person opens says "starting" rather than letting them sign in against an empty portal.
 */
class ReadyMeansReadyTest extends ApplicationTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    StartingUpFilter filter;
    @Autowired
    HealthEndpoint health;

    @AfterEach
    void ready() {
        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
    }

    @Test
    void whileStartingTheSignInPageSaysSoAndTheProbeIsNotReady() throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.REFUSING_TRAFFIC);
        assertThat(health.healthForPath("readiness").getStatus().getCode()).isEqualTo("OUT_OF_SERVICE");

        MockHttpServletResponse page = open("lumen-intl.localhost", "/login");
        assertThat(page.getStatus()).isEqualTo(503);
        assertThat(page.getHeader("Retry-After")).isNotBlank();
        assertThat(page.getContentAsString()).contains("The billing portal is starting", "demo data", "http-equiv=\"refresh\"");

        assertThat(open("lumen-cn.localhost", "/login").getContentAsString()).contains("费用中心正在启动", "lang=\"zh-CN\"");
        assertThat(passedOn("lumen-intl.localhost", "/actuator/health/readiness")).as("the probe itself stays reachable").isTrue();
    }

    @Test
    void onceReadyPagesAreServedAndTheProbeIsUp() throws Exception {
        AvailabilityChangeEvent.publish(context, ReadinessState.ACCEPTING_TRAFFIC);
        assertThat(health.healthForPath("readiness").getStatus().getCode()).isEqualTo("UP");
        assertThat(passedOn("lumen-intl.localhost", "/login")).isTrue();
    }

    private MockHttpServletResponse open(String host, String path) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request(host, path), response, (req, res) -> {
            throw new AssertionError("a page was served while starting");
        });
        return response;
    }

    private boolean passedOn(String host, String path) throws Exception {
        AtomicBoolean served = new AtomicBoolean();
        filter.doFilter(request(host, path), new MockHttpServletResponse(), (req, res) -> served.set(true));
        return served.get();
    }

    private static MockHttpServletRequest request(String host, String path) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setServerName(host);
        return request;
    }
}
