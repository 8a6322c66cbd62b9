package org.billingcenter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Duration;

import jakarta.servlet.Filter;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.support.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.core.env.Environment;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Session rules beside the ones {@link SignInTest} proves (a new session id at sign-in): an idle
 * session times out even with a tab open, and a customer whose sign-in the staff disable loses
 * their open session at its next request and cannot sign in again until restored.
 */
class SessionRulesTest extends ApplicationTest {

    @Autowired
    WebApplicationContext web;
    @Autowired
    @Qualifier("tenantRequestFilter")
    Filter tenantFilter;
    @Autowired
    Environment environment;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(web).addFilters(tenantFilter).apply(springSecurity()).build();
    }

    @Test
    void idleSessionsTimeOutAfterThirtyMinutesEvenWithHeartbeats() {
        assertThat(DurationStyle.detectAndParse(environment.getProperty("server.servlet.session.timeout"))).isEqualTo(Duration.ofMinutes(30));
        // Vaadin's heartbeat would otherwise keep the session of an open tab alive for ever.
        assertThat(environment.getProperty("vaadin.closeIdleSessions", Boolean.class)).isTrue();
    }

    @Test
    void aDisabledCustomersOpenSessionEndsAtItsNextRequest() throws Exception {
        SignedInUser owner = newOwner(INTL);
        SignedInUser operator = newOperator(INTL);
        MockHttpSession session = signIn(owner.email(), PASSWORD);
        assertThat(session).isNotNull();
        request(session);
        assertThat(session.isInvalid()).as("a session of an enabled user stays").isFalse();

        as(operator, () -> accounts.allowSignIn(owner.email(), false, "reported compromised"));

        request(session);
        assertThat(session.isInvalid()).as("the open session ended").isTrue();
        assertThat(signIn(owner.email(), PASSWORD)).as("and signing in again is refused").isNull();

        as(operator, () -> accounts.allowSignIn(owner.email(), true, "owner verified"));
        assertThat(signIn(owner.email(), PASSWORD)).isNotNull();
    }

    @Test
    void staffSignInsAndOtherTenantsPeopleAreOutOfReach() {
        SignedInUser operator = newOperator(INTL);
        SignedInUser colleague = newOperator(INTL);
        SignedInUser customerElsewhere = newOwner(CN);
        assertThatThrownBy(() -> as(operator, () -> accounts.allowSignIn(colleague.email(), false, "x")))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("signInAccess.noSuchCustomer");
        assertThatThrownBy(() -> as(operator, () -> accounts.allowSignIn(customerElsewhere.email(), false, "x")))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("signInAccess.noSuchCustomer");
        assertThat(TenantContext.callAs(CN, () -> accounts.findSignIn(customerElsewhere.email()).orElseThrow().isEnabled())).isTrue();
    }

    /** The session after a sign-in attempt through the login endpoint, or null when it was refused. */
    private MockHttpSession signIn(String email, String password) throws Exception {
        var result = mvc.perform(post("/login").header("Host", "lumen-intl.localhost").session(new MockHttpSession()).with(csrf())
                .param("username", email).param("password", password)).andReturn();
        String target = result.getResponse().getRedirectedUrl();
        return target != null && target.contains("error") ? null : (MockHttpSession) result.getRequest().getSession(false);
    }

    private void request(MockHttpSession session) throws Exception {
        mvc.perform(get("/actuator/health").header("Host", "lumen-intl.localhost").session(session)).andReturn();
    }
}
