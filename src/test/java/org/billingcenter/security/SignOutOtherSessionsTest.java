package org.billingcenter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.Filter;

import org.billingcenter.account.SignInSecurityService;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SignedInUserPrincipal;
import org.billingcenter.shared.tenancy.TenantContext;
import org.billingcenter.support.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A person signed in twice (two browsers) signs out the other sessions from one of them: over
 * HTTP, the other session ends at its next request and the one that asked goes on. A password
 * change does the same, and nobody else's sessions are touched.
 */
class SignOutOtherSessionsTest extends ApplicationTest {

    @Autowired
    WebApplicationContext web;
    @Autowired
    @Qualifier("tenantRequestFilter")
    Filter tenantFilter;
    @Autowired
    SignInSecurityService security;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(web).addFilters(tenantFilter).apply(springSecurity()).build();
    }

    @Test
    void theOtherSessionEndsAndThisOneGoesOn() throws Exception {
        SignedInUser owner = newOwner(INTL);
        MockHttpSession office = signIn(owner.email(), PASSWORD);
        MockHttpSession laptop = signIn(owner.email(), PASSWORD);

        inSession(office, () -> security.signOutOtherSessions());

        request(office);
        request(laptop);
        assertThat(laptop.isInvalid()).as("the other session ended").isTrue();
        assertThat(office.isInvalid()).as("the session that asked goes on").isFalse();
        request(office);
        assertThat(office.isInvalid()).isFalse();
        assertThat(sessionUser(office).email()).isEqualTo(owner.email());

        MockHttpSession again = signIn(owner.email(), PASSWORD);
        request(again);
        assertThat(again.isInvalid()).as("a sign-in after it is good").isFalse();
    }

    @Test
    void anotherPersonsSessionsAreNeverEnded() throws Exception {
        SignedInUser owner = newOwner(INTL);
        SignedInUser colleague = newMember(owner, org.billingcenter.shared.identity.Role.ADMINISTRATOR);
        SignedInUser stranger = newOwner(INTL);
        MockHttpSession mine = signIn(owner.email(), PASSWORD);
        MockHttpSession colleagues = signIn(colleague.email(), PASSWORD);
        MockHttpSession strangers = signIn(stranger.email(), PASSWORD);

        inSession(mine, () -> security.signOutOtherSessions());

        request(colleagues);
        request(strangers);
        request(mine);
        assertThat(colleagues.isInvalid()).isFalse();
        assertThat(strangers.isInvalid()).isFalse();
        assertThat(mine.isInvalid()).isFalse();
    }

    @Test
    void changingThePasswordEndsTheOtherSessions() throws Exception {
        SignedInUser owner = newOwner(INTL);
        MockHttpSession office = signIn(owner.email(), PASSWORD);
        MockHttpSession laptop = signIn(owner.email(), PASSWORD);

        inSession(office, () -> accounts.changePassword(PASSWORD, "a brand new passphrase"));

        request(laptop);
        request(office);
        assertThat(laptop.isInvalid()).isTrue();
        assertThat(office.isInvalid()).isFalse();
    }

    @Test
    void aRefusedPasswordChangeEndsNothing() throws Exception {
        SignedInUser owner = newOwner(INTL);
        MockHttpSession office = signIn(owner.email(), PASSWORD);
        MockHttpSession laptop = signIn(owner.email(), PASSWORD);

        try {
            inSession(office, () -> accounts.changePassword("not my password", "a brand new passphrase"));
        } catch (RuntimeException expected) {
            // refused: the current password is wrong
        }

        request(laptop);
        request(office);
        assertThat(laptop.isInvalid()).isFalse();
        assertThat(office.isInvalid()).isFalse();
    }

    /** Runs the work as a request of that session would: with the security context the session keeps. */
    private static void inSession(MockHttpSession session, Runnable work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(
                (SecurityContext) session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY));
        try {
            TenantContext.runAs(INTL, work);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private MockHttpSession signIn(String email, String password) throws Exception {
        var result = mvc.perform(post("/login").header("Host", "lumen-intl.localhost").session(new MockHttpSession()).with(csrf())
                .param("username", email).param("password", password)).andReturn();
        assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("error");
        return (MockHttpSession) result.getRequest().getSession(false);
    }

    private void request(MockHttpSession session) throws Exception {
        mvc.perform(get("/actuator/health").header("Host", "lumen-intl.localhost").session(session)).andReturn();
    }

    private static SignedInUser sessionUser(MockHttpSession session) {
        SecurityContext context = (SecurityContext) session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return ((SignedInUserPrincipal) context.getAuthentication().getPrincipal()).user();
    }
}
