package org.billingcenter.wallet.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Set;

import com.github.mvysny.kaributesting.v10.DownloadKt;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;

import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.ui.chart.ApexChart;
import org.billingcenter.support.Input;
import org.billingcenter.support.Views;
import org.billingcenter.wallet.Charge;
import org.billingcenter.wallet.DeductionService;
import org.billingcenter.wallet.MovementKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Income and expenditure lists every movement, filters it, and exports it safely; auditors read, members do not. */
class WalletListsTest extends WalletUiTest {

    @Autowired
    DeductionService deduction;

    SignedInUser owner;

    @BeforeEach
    void anAccountWithHistory() {
        owner = newOwner(INTL);
        long account = accountOf(owner).id();
        as(newOperator(INTL), () -> {
            wallet.grantCredit(account, Money.of("500", "USD"), "Welcome credit", key());
            wallet.grantCredit(account, Money.of("5", "USD"), "=HYPERLINK(\"http://evil.example\")", key());
            deduction.charge(new Charge(account, Money.of("12.50", "USD"), "LOGS", "Logs", LocalDate.of(2026, 11, 2), key()));
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void theOwnerFiltersIncomeAndExpenditure() {
        signIn(owner);
        navigate("wallet");
        Grid<Object> grid = find(Grid.class, "movements-grid");
        assertThat(GridKt._size(grid)).isEqualTo(3);
        assertThat(find(Span.class, "wallet-cash").getText()).isEqualTo("$492.50");
        assertThat(find(ApexChart.class, "balance-chart").getCategories()).hasSize(WalletView.CHART_DAYS);

        MovementsTab movements = _get(MovementsTab.class);
        Input.type(movements.kinds, Set.of(MovementKind.CHARGE));
        assertThat(GridKt._size(grid)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(grid, 0)).contains("Charge", "Logs", "-$12.50");

        Input.type(movements.kinds, Set.of());
        Input.type(find(DatePicker.class, "movements-from"), LocalDate.of(2026, 11, 10));
        assertThat(GridKt._size(grid)).isEqualTo(2);
        Input.type(find(DatePicker.class, "movements-from"), LocalDate.of(2026, 12, 1));
        assertThat(GridKt._size(grid)).isZero();
        assertThat(grid.getEmptyStateText()).isEqualTo("No movements in this period");
    }

    @Test
    void theCsvStartsWithTheHeaderAndNeutralisesFormulas() {
        signIn(owner);
        navigate("wallet");

        String csv = new String(DownloadKt._download(find(Anchor.class, "movements-csv")), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFTime,Type,Description,Cash,Vouchers,Cards,Total,Currency");
        assertThat(csv.lines()).hasSize(4);
        assertThat(csv).contains("'=HYPERLINK").doesNotContain(",=HYPERLINK");
        assertThat(csv).contains("Logs,-12.50,0.00,0.00,-12.50,USD");
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAuditorSeesTheListsButNoActions() {
        signIn(newMember(owner, Role.AUDITOR));
        navigate("wallet");

        assertThat(Views.current()).isInstanceOf(WalletView.class);
        assertThat(GridKt._size(find(Grid.class, "movements-grid"))).isEqualTo(3);
        _assertNone(Button.class, s -> s.withId("open-recharge"));
        _assertNone(Button.class, s -> s.withId("open-redeem"));
        _assertNone(Button.class, s -> s.withId("open-buy-card"));
    }

    @Test
    void aMemberCannotOpenTheWallet() {
        signIn(newMember(owner, Role.MEMBER));
        assertThatThrownBy(() -> navigate("wallet")).isInstanceOf(MockAccessDeniedException.class);
    }
}
