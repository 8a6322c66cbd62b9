package org.billingcenter.billing.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;

import org.billingcenter.billing.BillingRunService;
import org.billingcenter.billing.RunStatus;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.shared.money.Money;
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

/**
 * An operator rates and charges a finished day from the runs page and sees it done; a day not
 * over yet is refused with a message, and starting the same day again changes nothing.
 */
class StartABillingRunTest extends UiTest {

    private static final LocalDate DAY = LocalDate.of(2028, 9, 9);

    @Autowired
    WorkspaceService workspaces;
    @Autowired
    UsageIngestionService usage;
    @Autowired
    WalletService wallet;
    @Autowired
    BillingRunService runs;

    @Test
    void theOperatorRunsADayAndSeesItDone() throws Exception {
        clock.set(Instant.parse("2028-09-10T12:00:00Z"));
        SignedInUser owner = newOwner(INTL);
        long account = accountOf(owner).id();
        SystemIdentity.runAsOperator(INTL, () -> wallet.grantCredit(account, Money.of("50.00", "USD"), "funds", key()));
        WorkspaceSummary web = as(owner, () -> workspaces.bind(new NewWorkspace("web", "us-west-1", null)));
        SystemIdentity.runAsOperator(INTL, () -> usage.ingest(List.of(
                new UsageRecord(key(), web.id(), "HOSTS", Instant.parse("2028-09-09T12:00:00Z"), new BigDecimal("10")))));
        Money before = as(owner, () -> wallet.overview().cash());

        SignedInUser operator = newOperator(INTL);
        signIn(operator);
        navigate("operator/billing");
        BillingRunsView view = (BillingRunsView) Views.current();

        // No day: nothing to confirm, the field says what is missing.
        click("runs-run-day");
        assertThat(find(DatePicker.class, "runs-day").isInvalid()).isTrue();

        find(DatePicker.class, "runs-day").setValue(LocalDate.of(2028, 9, 10));
        click("runs-run-day");
        confirm();
        assertThat(notifications()).anyMatch(text -> text.contains("2028-09-10") && text.contains("not over"));

        find(DatePicker.class, "runs-day").setValue(DAY);
        click("runs-run-day");
        confirm();
        assertThat(notifications()).contains("Started; progress shows below.");
        RunStatus run = awaitDone(operator);
        assertThat(run.period()).isEqualTo(DAY.toString());
        view.refresh();
        Grid<?> grid = find(Grid.class, "runs-grid");
        assertThat(java.util.stream.IntStream.range(0, GridKt._size(grid)).mapToObj(row -> GridKt._getFormattedRow(grid, row)))
                .anySatisfy(row -> assertThat(row).contains(DAY.toString(), "Daily charges", "Done"));
        Money charged = before.minus(as(owner, () -> wallet.overview().cash()));
        assertThat(charged.isPositive()).isTrue();

        // Again: done already, nothing more is charged.
        click("runs-run-day");
        confirm();
        awaitDone(operator);
        assertThat(before.minus(as(owner, () -> wallet.overview().cash()))).isEqualTo(charged);
    }

    private RunStatus awaitDone(SignedInUser operator) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(until)) {
            // The run is recorded by its background thread: it may not be listed yet. Other tests' runs,
            // under clocks of other years, may be listed before it.
            java.util.Optional<RunStatus> mine = as(operator, () -> runs.recentRuns(100)).stream()
                    .filter(run -> run.period().equals(DAY.toString())).findFirst();
            if (mine.isPresent() && mine.get().finished()) {
                return mine.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the run of " + DAY + " did not finish");
    }

    private static void confirm() {
        ConfirmDialog dialog = com.github.mvysny.kaributesting.v10.LocatorJ._get(ConfirmDialog.class, spec -> { });
        ComponentUtil.fireEvent(dialog, new ConfirmDialog.ConfirmEvent(dialog, false));
        dialog.close();
    }
}
