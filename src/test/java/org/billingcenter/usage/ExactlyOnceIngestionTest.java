package org.billingcenter.usage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.support.ApplicationTest;
import org.billingcenter.workspace.NewWorkspace;
import org.billingcenter.workspace.WorkspaceService;
import org.billingcenter.workspace.WorkspaceSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * Usage counts once however often it is sent, a batch with a bad row keeps nothing, and the REST
 * endpoint answers with the tenant's key only.
 */
class ExactlyOnceIngestionTest extends ApplicationTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 10);

    @Autowired
    UsageIngestionService usage;
    @Autowired
    WorkspaceService workspaces;
    @Autowired
    WebApplicationContext web;

    MockMvc mvc;
    WorkspaceSummary workspace;

    @BeforeEach
    void setUp() {
        // The tenant filter is a servlet filter of its own, outside Spring Security's chain.
        mvc = MockMvcBuilders.webAppContextSetup(web).addFilters(web.getBean("tenantRequestFilter", jakarta.servlet.Filter.class))
                .apply(springSecurity()).build();
        SignedInUser owner = newOwner(INTL);
        workspace = as(owner, () -> workspaces.bind(new NewWorkspace("ingest-" + key().substring(0, 6), "us-west-1", null)));
    }

    @Test
    void resendingABatchCountsNothingTwice() {
        List<UsageRecord> batch = List.of(
                new UsageRecord("src-" + workspace.id() + "-1", workspace.id(), "LOGS", Instant.parse("2026-11-10T12:00:00Z"), new BigDecimal("100")),
                new UsageRecord("src-" + workspace.id() + "-2", workspace.id(), "LOGS", Instant.parse("2026-11-10T13:00:00Z"), new BigDecimal("50")));

        IngestionResult first = operator(() -> usage.ingest(batch));
        IngestionResult again = operator(() -> usage.ingest(batch));
        String csv = "source_id,workspace_id,item_code,hour,quantity\nsrc-" + workspace.id() + "-2," + workspace.id()
                + ",LOGS,2026-11-10T13:00:00Z,50\nsrc-" + workspace.id() + "-3," + workspace.id() + ",LOGS,2026-11-10T14:00:00Z,25\n";
        IngestionResult overlapping = operator(() -> usage.ingestCsv(new StringReader(csv)));

        assertThat(first).isEqualTo(new IngestionResult(2, 2, 0, false, List.of()));
        assertThat(again).isEqualTo(new IngestionResult(2, 0, 2, false, List.of()));
        assertThat(overlapping).isEqualTo(new IngestionResult(2, 1, 1, false, List.of()));
        assertThat(logsOn(DAY)).isEqualByComparingTo("175");
    }

    @Test
    void aBatchWithABadRowIsRefusedWholeAndNamesEveryBadRow() {
        String csv = "source_id,workspace_id,item_code,hour,quantity\n"
                + "ok-" + workspace.id() + "," + workspace.id() + ",LOGS,2026-11-10T15:00:00Z,10\n"
                + "bad-item-" + workspace.id() + "," + workspace.id() + ",PIZZA,2026-11-10T15:00:00Z,10\n"
                + "bad-hour-" + workspace.id() + "," + workspace.id() + ",LOGS,2026-11-10T15:30:00Z,10\n"
                + "bad-qty-" + workspace.id() + "," + workspace.id() + ",LOGS,2026-11-10T15:00:00Z,-1\n"
                + "bad-ws,999999999,LOGS,2026-11-10T15:00:00Z,10\n";

        IngestionResult result = operator(() -> usage.ingestCsv(new StringReader(csv)));

        assertThat(result.refused()).isTrue();
        assertThat(result.accepted()).isZero();
        assertThat(result.errors()).extracting(RowError::row).containsExactly(2, 3, 4, 5);
        assertThat(result.errors().get(0).reason()).contains("PIZZA").contains("not in the price list");
        assertThat(result.errors().get(1).reason()).contains("start of an hour");
        assertThat(result.errors().get(2).reason()).contains("quantity");
        assertThat(result.errors().get(3).reason()).contains("999999999");
        assertThat(logsOn(DAY)).as("the good row was not kept either").isNull();
    }

    @Test
    void theRestEndpointTakesJsonAndCsvWithTheTenantsKeyOnly() throws Exception {
        String json = "{\"records\":[{\"sourceId\":\"rest-" + workspace.id() + "\",\"workspaceId\":" + workspace.id()
                + ",\"itemCode\":\"SMS\",\"hour\":\"2026-11-10T16:00:00Z\",\"quantity\":3}]}";
        mvc.perform(post("/api/usage").with(host()).contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/usage").with(host()).header("X-Api-Key", "demo-usage-key-lumen-cn")
                .contentType(MediaType.APPLICATION_JSON).content(json)).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/usage").with(host()).header("X-Api-Key", "demo-usage-key-lumen-intl")
                .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isOk()).andExpect(jsonPath("$.accepted").value(1));
        mvc.perform(post("/api/usage").with(host()).header("X-Api-Key", "demo-usage-key-lumen-intl")
                .contentType(MediaType.APPLICATION_JSON).content(json))
                .andExpect(status().isOk()).andExpect(jsonPath("$.duplicates").value(1));
        mvc.perform(post("/api/usage").with(host()).header("X-Api-Key", "demo-usage-key-lumen-intl")
                .contentType("text/csv").content("source_id,workspace_id,item_code,hour,quantity\nx,1,SMS,yesterday,1\n"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.refused").value(true))
                .andExpect(jsonPath("$.errors[0].row").value(1));
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor host() {
        return request -> {
            request.setServerName("lumen-intl.localhost");
            return request;
        };
    }

    private BigDecimal logsOn(LocalDate day) {
        return operator(() -> usage.dailyUsage(day)).stream().filter(u -> u.workspaceId() == workspace.id() && u.itemCode().equals("LOGS"))
                .map(DailyUsage::sum).findFirst().orElse(null);
    }

    private static <T> T operator(java.util.function.Supplier<T> work) {
        return SystemIdentity.callAsOperator(INTL, work);
    }
}
