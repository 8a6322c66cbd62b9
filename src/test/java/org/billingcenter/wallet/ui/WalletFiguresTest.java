package org.billingcenter.wallet.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.ui.chart.ApexChart;
import org.billingcenter.shared.ui.chart.ChartSeries;
import org.billingcenter.wallet.Charge;
import org.billingcenter.wallet.DeductionService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The wallet's figures and chart: what the account holds, and arrears shown with what a recharge does to them. */
class WalletFiguresTest extends WalletUiTest {

    @Autowired
    DeductionService deduction;

    @Test
    void anAccountInArrearsSeesThemHighlightedWithTheRechargeHint() {
        SignedInUser owner = newOwner(INTL);
        long account = accountOf(owner).id();
        as(newOperator(INTL), () -> {
            deduction.charge(new Charge(account, Money.of("30", "USD"), "HOSTS", "Hosts", LocalDate.of(2026, 11, 13), key()));
        });
        signIn(owner);
        navigate("wallet");

        assertThat(find(Span.class, "wallet-cash").getText()).isEqualTo("-$30.00");
        assertThat(find(Span.class, "wallet-arrears").getText()).isEqualTo("$30.00");
        assertThat(find(Span.class, "wallet-arrears").getParent().orElseThrow().getElement().getClassList()).contains("bc-card-warning");
        assertThat(find(Paragraph.class, "arrears-hint").getText()).contains("A recharge pays the arrears first");
        assertThat(find(Span.class, "wallet-month-to-date").getText()).isEqualTo("$30.00");
    }

    @Test
    void theChartShowsCashAndVouchersWithCardsOverThirtyDays() {
        SignedInUser owner = newOwner(INTL);
        grant(owner, "75", "USD");
        signIn(owner);
        navigate("wallet");

        _assertNone(Paragraph.class, s -> s.withId("arrears-hint"));
        ApexChart chart = find(ApexChart.class, "balance-chart");
        assertThat(chart.getCategories()).hasSize(30).endsWith("Nov 14");
        assertThat(chart.getSeries()).extracting(ChartSeries::name).containsExactly("Cash", "Vouchers and cards");
        assertThat(chart.getSeries().getFirst().data().getLast().toString()).isEqualTo("75.00");
    }
}
