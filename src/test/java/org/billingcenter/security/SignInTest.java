package org.billingcenter.security;

import org.billingcenter.account.SignInSecurityService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.Filter;

import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.web.FilterChainProxy;
import org.springframework.security.web.WebAttributes;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Signing in through the real login endpoint, as the browser's login form does. */
class SignInTest extends ApplicationTest {

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

    private MvcResult signIn(String host, String email, String password, MockHttpSession session, String address) throws Exception {
        return mvc.perform(post("/login").header("Host", host).session(session).with(csrf())
                .with(request -> {
                    request.setRemoteAddr(address);
                    return request;
                })
                .param("username", email).param("password", password)).andReturn();
    }

    @Test
    void signingInIssuesANewSessionIdAndKnowsTheUser() throws Exception {
        SignedInUser owner = newOwner(INTL);
        MockHttpSession session = new MockHttpSession();
        String before = session.getId();

        MvcResult result = signIn("lumen-intl.localhost", owner.email(), PASSWORD, session, "10.1.0.1");

        var after = result.getRequest().getSession(false);
        assertThat(after.getId()).isNotEqualTo(before);
        SecurityContext context = (SecurityContext) after.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        assertThat(context.getAuthentication().getName()).isEqualTo(owner.email());
        assertThat(context.getAuthentication().getCredentials()).isNull();
    }

    @Autowired
    SignInSecurityService security;

    @Test
    void aSuccessfulSignInIsListedWithItsAddressAndBrowser() throws Exception {
        SignedInUser owner = newOwner(INTL);
        mvc.perform(post("/login").header("Host", "lumen-intl.localhost").header("User-Agent", "Firefox/140.0")
                .session(new MockHttpSession()).with(csrf())
                .with(request -> {
                    request.setRemoteAddr("10.9.0.7");
                    return request;
                })
                .param("username", owner.email()).param("password", PASSWORD)).andReturn();
        signIn("lumen-intl.localhost", owner.email(), "wrong password", new MockHttpSession(), "10.9.0.8");

        assertThat(as(owner, () -> security.recentSignIns())).singleElement().satisfies(signIn -> {
            assertThat(signIn.address()).isEqualTo("10.9.0.7");
            assertThat(signIn.userAgent()).isEqualTo("Firefox/140.0");
            assertThat(signIn.at()).isEqualTo(START);
        });
    }

    @Test
    void theSignInPageCanLoadTheStylesheetBeforeAnyoneSignsIn() throws Exception {
        assertThat(passesSecurity("/styles/app.css")).isTrue();
        assertThat(passesSecurity("/wallet")).isFalse();
    }

    private boolean passesSecurity(String path) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
        request.setServerName("lumen-cn.localhost");
        MockFilterChain chain = new MockFilterChain();
        web.getBean(FilterChainProxy.class).doFilter(request, new MockHttpServletResponse(), chain);
        return chain.getRequest() != null;
    }

    @Test
    void theSameEmailAtAnotherTenantIsAnotherUser() throws Exception {
        SignedInUser owner = newOwner(INTL);
        MvcResult result = signIn("lumen-cn.localhost", owner.email(), PASSWORD, new MockHttpSession(), "10.1.0.2");
        assertThat(result.getResponse().getRedirectedUrl()).contains("error");
    }

    @Test
    void repeatedFailuresSlowDownThatAccountButNotForever() throws Exception {
        SignedInUser owner = newOwner(INTL);
        for (int i = 0; i < SignInThrottle.FREE_ATTEMPTS; i++) {
            signIn("lumen-intl.localhost", owner.email(), "wrong password " + i, new MockHttpSession(), "10.2.0." + i);
        }
        MockHttpSession session = new MockHttpSession();
        signIn("lumen-intl.localhost", owner.email(), PASSWORD, session, "10.3.0.1");
        assertThat(session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION)).isInstanceOf(SignInThrottledException.class);

        clock.advance(SignInThrottle.FIRST_WAIT.plusSeconds(1));
        MvcResult later = signIn("lumen-intl.localhost", owner.email(), PASSWORD, new MockHttpSession(), "10.3.0.1");
        assertThat(later.getResponse().getRedirectedUrl()).doesNotContain("error");
    }
}
