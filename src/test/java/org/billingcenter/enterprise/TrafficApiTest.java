package org.billingcenter.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.time.LocalDate;

import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.support.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The hosting platform posts monthly traffic over HTTP: only with its tenant's key, only a bounded body, and it upgrades sites. */
class TrafficApiTest extends ApplicationTest {

    private static final String KEY = "demo-traffic-key-harbor-hosting";

    @Autowired
    WebApplicationContext web;
    @Autowired
    ContractDesk contracts;
    @Autowired
    SiteDesk desk;
    @Autowired
    EnterpriseProperties settings;

    private MockMvc mvc;
    private SignedInUser staff;
    private long contract;
    private long site;

    @BeforeEach
    void aSiteOnTheStarterPlan() {
        mvc = MockMvcBuilders.webAppContextSetup(web).addFilters(web.getBean("tenantRequestFilter", jakarta.servlet.Filter.class))
                .apply(springSecurity()).build();
        clock.set(Instant.parse("2030-06-10T15:00:00Z"));
        staff = newOperator(HOSTING);
        long account = accountOf(newOwner(HOSTING)).id();
        contract = as(staff, () -> contracts.open(account, StaffRecordContractsTest.contract("P-" + account, 3), "New customer"));
        site = as(staff, () -> desk.add(new NewSite(contract, "busy.example", null, null, SitePlan.of("STARTER"), SiteStatus.ACTIVE,
                LocalDate.parse("2030-06-01"))));
    }

    @Test
    void withoutAKeyTheRequestIsRefused() throws Exception {
        mvc.perform(post(TrafficApiController.PATH).with(host("harbor-hosting.localhost")).contentType(MediaType.APPLICATION_JSON)
                .content(reading(site, 900_000))).andExpect(status().isUnauthorized());
        assertThat(plan()).isEqualTo("STARTER");
    }

    @Test
    void anotherTenantsKeyIsRefused() throws Exception {
        mvc.perform(post(TrafficApiController.PATH).with(host("lumen-intl.localhost")).header("X-Api-Key", KEY)
                .contentType(MediaType.APPLICATION_JSON).content(reading(site, 900_000))).andExpect(status().isUnauthorized());
        mvc.perform(post(TrafficApiController.PATH).with(host("harbor-hosting.localhost")).header("X-Api-Key", "demo-usage-key-lumen-intl")
                .contentType(MediaType.APPLICATION_JSON).content(reading(site, 900_000))).andExpect(status().isUnauthorized());
        assertThat(plan()).isEqualTo("STARTER");
    }

    @Test
    void aBodyOverTheLimitIsRefusedUnread() throws Exception {
        byte[] huge = new byte[settings.traffic().maxBytes() + 1];
        java.util.Arrays.fill(huge, (byte) ' ');
        mvc.perform(post(TrafficApiController.PATH).with(host("harbor-hosting.localhost")).header("X-Api-Key", KEY)
                .contentType(MediaType.APPLICATION_JSON).content(huge)).andExpect(status().isContentTooLarge());
    }

    @Test
    void trafficOverThePlansLimitUpgradesTheSite() throws Exception {
        mvc.perform(post(TrafficApiController.PATH).with(host("harbor-hosting.localhost")).header("X-Api-Key", KEY)
                .contentType(MediaType.APPLICATION_JSON).content(reading(site, 300_000)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.recorded").value(1))
                .andExpect(jsonPath("$.upgrades[0].toPlan").value("PREMIUM"));
        assertThat(plan()).isEqualTo("PREMIUM");

        mvc.perform(post(TrafficApiController.PATH).with(host("harbor-hosting.localhost")).header("X-Api-Key", KEY)
                .contentType("text/csv").content("site_id,monthly_traffic\n" + site + ",2000000\n"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.upgrades[0].toPlan").value("ENTERPRISE"));
        assertThat(plan()).isEqualTo("ENTERPRISE");
    }

    @Test
    void aBatchNamingAnUnknownSiteRecordsNothing() throws Exception {
        mvc.perform(post(TrafficApiController.PATH).with(host("harbor-hosting.localhost")).header("X-Api-Key", KEY)
                .contentType("text/csv").content("site_id,monthly_traffic\n" + site + ",300000\n999999999,5\n" + site + ",-1\n"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.refused").value(true))
                .andExpect(jsonPath("$.errors[0].row").value(2)).andExpect(jsonPath("$.errors[1].row").value(3));
        assertThat(plan()).isEqualTo("STARTER");
    }

    private String plan() {
        return as(staff, () -> desk.sites(contract)).getFirst().plan().code();
    }

    private static String reading(long siteId, long traffic) {
        return "[{\"siteId\": " + siteId + ", \"monthlyTraffic\": " + traffic + "}]";
    }

    private static RequestPostProcessor host(String name) {
        return request -> {
            request.setServerName(name);
            return request;
        };
    }
}
