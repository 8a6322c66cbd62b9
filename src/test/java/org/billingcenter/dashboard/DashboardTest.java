package org.billingcenter.dashboard;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;

import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.ui.chart.ApexChart;
import org.billingcenter.support.UiTest;
import org.billingcenter.support.Views;
import org.billingcenter.wallet.Charge;
import org.billingcenter.wallet.DeductionService;
import org.billingcenter.wallet.WalletService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** After sign-in the account holder sees balance and this month's spend, drawn as a chart. */
class DashboardTest extends UiTest {

    @Autowired
    WalletService wallet;
    @Autowired
    DeductionService deduction;

    @Test
    void theOwnerSeesBalanceMonthToDateSpendAndTheDailyChart() {
        SignedInUser owner = newOwner(INTL);
        long account = accountOf(owner).id();
        as(newOperator(INTL), () -> {
            wallet.grantCredit(account, Money.of("500", "USD"), "Welcome", key());
            deduction.charge(new Charge(account, Money.of("12.50", "USD"), "LOGS", "Logs", LocalDate.of(2026, 11, 2), key()));
            deduction.charge(new Charge(account, Money.of("7.25", "USD"), "HOSTS", "Hosts", LocalDate.of(2026, 11, 14), key()));
        });

        signIn(owner);
        navigate("");

        assertThat(Views.current()).isInstanceOf(DashboardView.class);
        assertThat(_get(Span.class, s -> s.withId("balance")).getText()).isEqualTo("$480.25");
        assertThat(_get(Span.class, s -> s.withId("month-to-date")).getText()).isEqualTo("$19.75");
        ApexChart chart = _get(ApexChart.class, s -> s.withId("spend-chart"));
        assertThat(chart.getCategories()).hasSize(14).startsWith("Nov 1").endsWith("Nov 14");
        List<? extends Number> spend = chart.getSeries().getFirst().data();
        assertThat(new BigDecimal(spend.get(1).toString())).isEqualByComparingTo("12.50");
        assertThat(new BigDecimal(spend.get(13).toString())).isEqualByComparingTo("7.25");
    }

    @Test
    void aChineseAccountSeesYuanAndChineseLabels() {
        signIn(newOwner(CN));
        navigate("");
        assertThat(_get(Span.class, s -> s.withId("balance")).getText()).isEqualTo("¥0.00");
        ApexChart chart = _get(ApexChart.class, s -> s.withId("spend-chart"));
        assertThat(chart.hasData()).isFalse();
        assertThat(chart.getNoDataText()).isEqualTo("本月暂无消费");
        assertThat(_get(SideNav.class).getItems()).extracting(SideNavItem::getLabel).contains("概览", "账号与资料");
    }

    @Test
    void aMemberIsWelcomedWithoutMoney() {
        signIn(newMember(newOwner(INTL), Role.MEMBER));
        navigate("");
        _assertNone(ApexChart.class);
        _assertNone(Span.class, s -> s.withId("balance"));
    }
}
