package org.billingcenter.billing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;

import org.billingcenter.billing.BillingRunService;
import org.billingcenter.notification.Notifications;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.shared.money.Money;
import org.billingcenter.support.UiTest;
import org.billingcenter.usage.UsageIngestionService;
import org.billingcenter.usage.UsageRecord;
import org.billingcenter.wallet.WalletService;
import org.billingcenter.workspace.NewWorkspace;
import org.billingcenter.workspace.WorkspaceService;
import org.billingcenter.workspace.WorkspaceSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Finance is told of each new bill in the portal and by e-mail, narrows the monthly bills to a
 * period and exports what the list shows as CSV. The clock runs in 2031, months of this test's own.
 */
class FilterAndExportMonthlyBillsTest extends UiTest {

    @Autowired
    WorkspaceService workspaces;
    @Autowired
    UsageIngestionService usage;
    @Autowired
    BillingRunService runs;
    @Autowired
    WalletService wallet;
    @Autowired
    Notifications notifications;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    @SuppressWarnings("unchecked")
    void theOwnerHearsOfEachBillFiltersThemByMonthAndExportsThem() {
        clock.set(Instant.parse("2031-04-10T12:00:00Z"));
        SignedInUser owner = newOwner(INTL);
        long account = accountOf(owner).id();
        SystemIdentity.runAsOperator(INTL, () -> wallet.grantCredit(account, Money.of("100.00", "USD"), "funds", key()));
        WorkspaceSummary web = as(owner, () -> workspaces.bind(new NewWorkspace("web", "us-west-1", null)));
        SystemIdentity.runAsOperator(INTL, () -> usage.ingest(List.of(
                new UsageRecord(key(), web.id(), "HOSTS", Instant.parse("2031-01-05T20:00:00Z"), new BigDecimal("2")),
                new UsageRecord(key(), web.id(), "HOSTS", Instant.parse("2031-02-05T20:00:00Z"), new BigDecimal("4")),
                new UsageRecord(key(), web.id(), "HOSTS", Instant.parse("2031-03-05T20:00:00Z"), new BigDecimal("6")))));
        for (int month = 1; month <= 3; month++) {
            YearMonth period = YearMonth.of(2031, month);
            SystemIdentity.callAsOperator(INTL, () -> runs.runMonth(period)).join();
        }

        assertThat(as(owner, () -> notifications.mine(Pageable.unpaged())).getContent())
                .filteredOn(notice -> notice.text(Locale.ENGLISH).startsWith("Your bill for 2031-0")).hasSize(3)
                .anyMatch(notice -> notice.text(Locale.ENGLISH).contains("2031-02 is ready: $2.00"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM outbox_message WHERE tenant_id = ? AND recipient = ? AND subject LIKE ?",
                Integer.class, INTL, owner.email(), "%your bill for 2031-03 is ready%")).isEqualTo(1);

        signIn(owner);
        navigate("bills");
        Grid<?> grid = find(Grid.class, "bills-grid");
        assertThat(grid.getGenericDataView().getItems().count()).isEqualTo(3);
        ((ComboBox<YearMonth>) find(ComboBox.class, "bills-from")).setValue(YearMonth.of(2031, 2));
        ((ComboBox<YearMonth>) find(ComboBox.class, "bills-to")).setValue(YearMonth.of(2031, 2));
        assertThat(grid.getGenericDataView().getItems().count()).isEqualTo(1);

        String csv = new String(DownloadKt._download(find(Anchor.class, "bills-csv")), StandardCharsets.UTF_8);
        assertThat(csv.replace("\uFEFF", "").lines().toList()).containsExactly(
                "Month,Total,Paid by vouchers,Paid by cards,Paid in cash,Paid by cloud accounts,In arrears,Currency",
                "2031-02,2.00,0.00,0.00,2.00,0.00,0.00,USD");

        ComboBox<YearMonth> to = find(ComboBox.class, "bills-to");
        ((ComboBox<YearMonth>) find(ComboBox.class, "bills-from")).setValue(YearMonth.of(2031, 3));
        assertThat(to.isInvalid()).as("a period that ends before it starts is refused").isTrue();
    }
}
