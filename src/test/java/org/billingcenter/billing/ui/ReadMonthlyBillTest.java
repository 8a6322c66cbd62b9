package org.billingcenter.billing.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;

import org.billingcenter.billing.BillingRunService;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.ui.chart.ApexChart;
import org.billingcenter.support.UiTest;
import org.billingcenter.support.Views;
import org.billingcenter.usage.UsageIngestionService;
import org.billingcenter.usage.UsageRecord;
import org.billingcenter.wallet.WalletService;
import org.billingcenter.workspace.NewWorkspace;
import org.billingcenter.workspace.WorkspaceService;
import org.billingcenter.workspace.WorkspaceSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The owner opens last month's bill from the list: figures, both charts and the lines; the consumption details list the days. */
class ReadMonthlyBillTest extends UiTest {

    @Autowired
    WorkspaceService workspaces;
    @Autowired
    UsageIngestionService usage;
    @Autowired
    BillingRunService runs;
    @Autowired
    WalletService wallet;

    @Test
    void theOwnerReadsTheBillWithChartsAndTheConsumptionDetails() {
        clock.set(Instant.parse("2027-04-10T12:00:00Z"));
        SignedInUser owner = newOwner(INTL);
        long account = accountOf(owner).id();
        SystemIdentity.runAsOperator(INTL, () -> wallet.grantCredit(account, Money.of("100.00", "USD"), "funds", key()));
        WorkspaceSummary web = as(owner, () -> workspaces.bind(new NewWorkspace("web", "us-west-1", null)));
        WorkspaceSummary api = as(owner, () -> workspaces.bind(new NewWorkspace("api", "eu-central-1", null)));
        SystemIdentity.runAsOperator(INTL, () -> usage.ingest(List.of(
                new UsageRecord(key(), web.id(), "HOSTS", Instant.parse("2027-03-05T20:00:00Z"), new BigDecimal("10")),
                new UsageRecord(key(), api.id(), "SMS", Instant.parse("2027-03-06T20:00:00Z"), new BigDecimal("300")))));
        SystemIdentity.callAsOperator(INTL, () -> runs.runMonth(YearMonth.of(2027, 3))).join();

        signIn(owner);
        navigate("bills");
        Grid<?> bills = _get(Grid.class, spec -> spec.withId("bills-grid"));
        assertThat(bills.getGenericDataView().getItems().count()).isEqualTo(1);
        long billId = ((org.billingcenter.billing.BillSummary) bills.getGenericDataView().getItems().findFirst().orElseThrow()).id();
        navigate("bill/" + billId);

        assertThat(Views.current()).isInstanceOf(BillDetailView.class);
        assertThat(_get(Span.class, spec -> spec.withId("bill-total")).getText()).isEqualTo("$8.00");
        assertThat(_get(Span.class, spec -> spec.withId("bill-cash")).getText()).isEqualTo("$8.00");
        ApexChart byItem = _get(ApexChart.class, spec -> spec.withId("bill-by-item"));
        assertThat(byItem.getLabels()).containsExactlyInAnyOrder("Hosts", "SMS alerts");
        ApexChart byWorkspace = _get(ApexChart.class, spec -> spec.withId("bill-by-workspace"));
        assertThat(byWorkspace.getCategories()).containsExactlyInAnyOrder("web", "api");

        navigate("consumption");
        Grid<?> consumption = _get(Grid.class, spec -> spec.withId("consumption-grid"));
        assertThat(consumption.getGenericDataView().getItems().count()).isEqualTo(2);
    }
}
