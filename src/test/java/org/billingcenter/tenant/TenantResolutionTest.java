package org.billingcenter.tenant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.billingcenter.support.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The tenant of a request comes from its host, and a session never crosses to another tenant. */
class TenantResolutionTest extends ApplicationTest {

    @Autowired
    WebApplicationContext web;

    @Autowired
    TenantRegistry tenants;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(web).apply(springSecurity())
                .addFilters(web.getBean(TenantRequestFilter.class)).build();
    }

    @Test
    void everyTenantAnswersAtItsIdDotLocalhostAndLocalhostGoesToTheDefault() {
        assertThat(tenants.forHost("lumen-cn.localhost")).map(TenantDefinition::id).contains(CN);
        assertThat(tenants.forHost("LUMEN-INTL.localhost:8080")).map(TenantDefinition::id).contains(INTL);
        assertThat(tenants.forHost("billing.harbor.example.com")).map(TenantDefinition::id).contains(HOSTING);
        assertThat(tenants.forHost("localhost")).map(TenantDefinition::id).contains(INTL);
        assertThat(tenants.forHost("evil.example.net")).isEmpty();
    }

    @Test
    void eachHostServesItsOwnTenantsLogo() throws Exception {
        String cnLogo = mvc.perform(get("/tenant-assets/logo").header("Host", "lumen-cn.localhost"))
                .andExpect(status().isOk()).andExpect(content().contentType("image/svg+xml"))
                .andReturn().getResponse().getContentAsString();
        String hostingLogo = mvc.perform(get("/tenant-assets/logo").header("Host", "harbor-hosting.localhost"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(cnLogo).contains("#e8590c");
        assertThat(hostingLogo).contains("#0b7a75");
    }

    @Test
    void anUnknownHostIsServedByNobody() throws Exception {
        mvc.perform(get("/tenant-assets/logo").header("Host", "evil.example.net")).andExpect(status().isNotFound());
    }

    @Test
    void aSessionStartedAtOneTenantIsRefusedAtAnother() throws Exception {
        MockHttpSession session = new MockHttpSession();
        mvc.perform(get("/tenant-assets/logo").header("Host", "lumen-cn.localhost").session(session))
                .andExpect(status().isOk());
        assertThat(session.getAttribute(TenantRequestFilter.SESSION_TENANT)).isEqualTo(CN);

        mvc.perform(get("/tenant-assets/logo").header("Host", "lumen-intl.localhost").session(session))
                .andExpect(status().isForbidden());
        mvc.perform(get("/tenant-assets/logo").header("Host", "lumen-cn.localhost").session(session))
                .andExpect(status().isOk());
    }
}
