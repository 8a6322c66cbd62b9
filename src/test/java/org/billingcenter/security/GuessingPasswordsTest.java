package org.billingcenter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.servlet.Filter;

import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.web.WebAttributes;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** An attacker guessing passwords through the login endpoint, in bursts and across accounts. */
class GuessingPasswordsTest extends ApplicationTest {

    private static final String HOST = "lumen-intl.localhost";

    @Autowired
    WebApplicationContext web;

    @Autowired
    @Qualifier("tenantRequestFilter")
    Filter tenantFilter;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(web).addFilters(tenantFilter).apply(springSecurity()).build();
    }

    /** Posts the login form and returns why it failed (null when it signed in). */
    private Object signIn(String email, String password, String address, String forwardedFor) throws Exception {
        MockHttpSession session = new MockHttpSession();
        var request = post("/login").header("Host", HOST).session(session).with(csrf()).with(r -> {
            r.setRemoteAddr(address);
            return r;
        }).param("username", email).param("password", password);
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        String redirect = mvc.perform(request).andReturn().getResponse().getRedirectedUrl();
        Object failure = session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        assertThat(failure == null).as("signed in exactly when there is no failure (%s)", redirect)
                .isEqualTo(redirect != null && !redirect.contains("error"));
        return failure;
    }

    private static String someAddress() {
        return "10.77." + (int) (Math.random() * 250) + "." + (int) (Math.random() * 250) + "-" + UUID.randomUUID();
    }

    @Test
    void aBurstOfParallelWrongPasswordsGetsOnlyTheFreeAttemptsChecked() throws Exception {
        SignedInUser victim = newOwner(INTL);
        int burst = 24;
        List<Object> failures = new ArrayList<>();
        try (ExecutorService attackers = Executors.newFixedThreadPool(burst)) {
            List<Future<Object>> attempts = new ArrayList<>();
            for (int i = 0; i < burst; i++) {
                String guess = "guess " + i;
                String address = someAddress();
                attempts.add(attackers.submit(() -> signIn(victim.email(), guess, address, null)));
            }
            for (Future<Object> attempt : attempts) {
                failures.add(attempt.get());
            }
        }
        long checked = failures.stream().filter(BadCredentialsException.class::isInstance).count();
        long throttled = failures.stream().filter(SignInThrottledException.class::isInstance).count();
        assertThat(checked).as("passwords actually tried").isEqualTo(SignInThrottle.FREE_ATTEMPTS);
        assertThat(throttled).isEqualTo(burst - SignInThrottle.FREE_ATTEMPTS);
        assertThat(signIn(victim.email(), PASSWORD, someAddress(), null)).isInstanceOf(SignInThrottledException.class);
    }

    @Test
    void signingInToOwnAccountDoesNotResetTheAddressCountForOtherAccounts() throws Exception {
        SignedInUser attacker = newOwner(INTL);
        String address = someAddress();
        for (int i = 0; i < SignInThrottle.FREE_ATTEMPTS - 1; i++) {
            assertThat(signIn(newOwner(INTL).email(), "guess", address, null)).isInstanceOf(BadCredentialsException.class);
        }
        assertThat(signIn(attacker.email(), PASSWORD, address, null)).isNull();
        assertThat(signIn(newOwner(INTL).email(), "guess", address, null)).isInstanceOf(BadCredentialsException.class);

        assertThat(signIn(newOwner(INTL).email(), "guess", address, null)).isInstanceOf(SignInThrottledException.class);
    }

    @Test
    void aForgedForwardedHeaderFromAnUntrustedClientDoesNotGiveFreshAddresses() throws Exception {
        String address = someAddress();
        for (int i = 0; i < SignInThrottle.FREE_ATTEMPTS; i++) {
            signIn(newOwner(INTL).email(), "guess", address, "203.0.113." + i);
        }
        assertThat(signIn(newOwner(INTL).email(), "guess", address, "203.0.113.99")).isInstanceOf(SignInThrottledException.class);
    }
}
