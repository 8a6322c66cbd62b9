package org.billingcenter.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;

import jakarta.servlet.Filter;

import org.billingcenter.account.TeamService;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SignedInUserPrincipal;
import org.billingcenter.support.ApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** Over HTTP: the next request of a signed-in session carries the roles the database holds now. */
class SessionRolesFollowTheDatabaseTest extends ApplicationTest {

    @Autowired
    WebApplicationContext web;
    @Autowired
    TeamService team;

    @Test
    void aDemotionReachesTheSessionOnItsNextRequest() throws Exception {
        SignedInUser owner = newOwner(INTL);
        SignedInUser admin = newMember(owner, Role.ADMINISTRATOR);
        MockHttpSession session = signedInSession(admin);
        // In the order the server runs them: the tenant from the host first, then security.
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(web).addFilters(web.getBean("tenantRequestFilter", Filter.class),
                web.getBean("springSecurityFilterChain", Filter.class)).build();

        long membership = as(owner, () -> team.members()).stream().filter(m -> m.email().equals(admin.email()))
                .findFirst().orElseThrow().id();
        as(owner, () -> team.changeRoles(List.of(membership), Role.AUDITOR));
        assertThat(sessionUser(session).roles()).containsExactly(Role.ADMINISTRATOR);

        mvc.perform(get("/tenant-assets/logo").header("Host", "lumen-intl.localhost").session(session));
        assertThat(sessionUser(session).roles()).containsExactly(Role.AUDITOR);

        as(owner, () -> team.remove(membership));
        mvc.perform(get("/tenant-assets/logo").header("Host", "lumen-intl.localhost").session(session));
        assertThat(sessionUser(session).accountId()).isNull();
        assertThat(sessionUser(session).roles()).isEmpty();
    }

    private static MockHttpSession signedInSession(SignedInUser user) {
        MockHttpSession session = new MockHttpSession();
        SignedInUserPrincipal principal = new SignedInUserPrincipal(user, null, true);
        SecurityContext context = new SecurityContextImpl(
                UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
        return session;
    }

    private static SignedInUser sessionUser(MockHttpSession session) {
        SecurityContext context = (SecurityContext) session.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY);
        return ((SignedInUserPrincipal) context.getAuthentication().getPrincipal()).user();
    }
}
