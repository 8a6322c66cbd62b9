package org.billingcenter.billing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;

import org.billingcenter.billing.BillingRunService;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.shared.money.Money;
import org.billingcenter.support.UiTest;
import org.billingcenter.usage.UsageIngestionService;
import org.billingcenter.usage.UsageRecord;
import org.billingcenter.wallet.VoucherService;
import org.billingcenter.wallet.WalletService;
import org.billingcenter.workspace.NewWorkspace;
import org.billingcenter.workspace.WorkspaceService;
import org.billingcenter.workspace.WorkspaceSummary;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The owner reads, on each line of the consumption details, the item's unit and what paid it: a
 * voucher and cash for hosts, cash alone for text messages (which vouchers may not pay).
 */
class SeeHowConsumptionWasPaidTest extends UiTest {

    @Autowired
    WorkspaceService workspaces;
    @Autowired
    UsageIngestionService usage;
    @Autowired
    BillingRunService runs;
    @Autowired
    WalletService wallet;
    @Autowired
    VoucherService vouchers;

    @Test
    void eachLineSaysItsUnitAndWhatPaidIt() {
        clock.set(Instant.parse("2032-06-10T12:00:00Z"));
        SignedInUser owner = newOwner(INTL);
        long account = accountOf(owner).id();
        SystemIdentity.runAsOperator(INTL, () -> wallet.grantCredit(account, Money.of("100.00", "USD"), "funds", key()));
        SystemIdentity.runAsOperator(INTL, () -> vouchers.issue(account, Money.of("1.00", "USD"), 30, "welcome", key()));
        WorkspaceSummary web = as(owner, () -> workspaces.bind(new NewWorkspace("web", "us-west-1", null)));
        SystemIdentity.runAsOperator(INTL, () -> usage.ingest(List.of(
                new UsageRecord(key(), web.id(), "HOSTS", Instant.parse("2032-06-08T20:00:00Z"), new BigDecimal("10")),
                new UsageRecord(key(), web.id(), "SMS", Instant.parse("2032-06-08T20:00:00Z"), new BigDecimal("100")))));
        SystemIdentity.callAsOperator(INTL, () -> runs.runDay(LocalDate.of(2032, 6, 8))).join();

        signIn(owner);
        navigate("consumption");
        Grid<?> grid = find(Grid.class, "consumption-grid");
        assertThat(GridKt._size(grid)).isEqualTo(2);
        List<String> lines = java.util.stream.IntStream.range(0, 2)
                .mapToObj(row -> GridKt._getFormattedRow(grid, row).toString()).toList();
        assertThat(lines).anyMatch(line -> line.contains("Hosts") && line.contains("host-day") && line.contains("Vouchers, Cash"));
        assertThat(lines).anyMatch(line -> line.contains("SMS alerts") && line.contains("message") && line.endsWith("Cash]"));

        String csv = new String(DownloadKt._download(find(Anchor.class, "consumption-csv")), StandardCharsets.UTF_8);
        assertThat(csv.replace("\uFEFF", "").lines().toList().getFirst())
                .isEqualTo("Day,Workspace,Billing item,Quantity,Unit,Unit price,Retention (days),Amount,Currency,Settled by,Paid by");
        assertThat(csv).contains(",host-day,").contains(",Wallet,\"Vouchers, Cash\"");
    }
}
