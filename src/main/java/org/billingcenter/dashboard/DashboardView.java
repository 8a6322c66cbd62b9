package org.billingcenter.dashboard;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.billingcenter.tenant.TenantFeatures;
import org.billingcenter.tenant.Feature;
import org.billingcenter.billing.BillService;
import org.billingcenter.billing.SpendForecast;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.money.MoneyFormat;
import org.billingcenter.shared.ui.FigureCard;
import org.billingcenter.shared.ui.chart.ApexChart;
import org.billingcenter.shared.ui.chart.ChartSeries;
import org.billingcenter.shared.ui.chart.ChartType;
import org.billingcenter.wallet.DailySpend;
import org.billingcenter.wallet.WalletOverview;
import org.billingcenter.wallet.WalletService;

/**
 * Balance and month-to-date spend for those who may see money; a plain welcome for the rest
 * (members see workspaces and usage, tenant staff their console).
 */
@Route("")
@Menu(order = 0, title = "menu.dashboard")
@PermitAll
public class DashboardView extends VerticalLayout implements HasDynamicTitle {


    public DashboardView(WalletService wallet, BillService bills, TenantFeatures features) {
        SignedInUser user = CurrentUser.require();
        add(new H2(getTranslation("dashboard.welcome", user.displayName())));
        if (seesMoney(user)) {
            showMoney(wallet.overview(), wallet.monthToDateSpend(), features.enabled(Feature.PAY_AS_YOU_GO));
            if (features.enabled(Feature.PAY_AS_YOU_GO)) {
                showForecast(bills.monthToDate());
            }
        } else {
            add(new Paragraph(getTranslation("dashboard.noMoneyAccess")));
        }
    }

    private static boolean seesMoney(SignedInUser user) {
        return user.accountId() != null && (user.has(Role.OWNER) || user.has(Role.ADMINISTRATOR) || user.has(Role.FINANCE)
                || user.has(Role.AUDITOR));
    }

    private void showMoney(WalletOverview overview, List<DailySpend> days, boolean payAsYouGo) {
        FigureCard balance = figure("dashboard.balance", overview.cash(), "balance").primary();
        if (overview.inArrears()) {
            balance.warn(getTranslation("dashboard.arrears"), "arrears-hint");
        }
        Div figures = new Div(balance, figure("dashboard.monthToDate", overview.monthToDateSpend(), "month-to-date"));
        figures.addClassName("bc-cards");
        figures.setWidthFull();

        ApexChart chart = new ApexChart(ChartType.BAR);
        chart.setId("spend-chart");
        chart.setTitle(getTranslation("dashboard.spendChart"));
        chart.setCategories(days.stream().map(d -> ApexChart.dayFormat(getLocale()).format(d.day())).toList());
        // A month with nothing spent shows the chart's "no spend yet" text rather than an empty axis.
        if (days.stream().anyMatch(day -> day.amount().isPositive())) {
            chart.setSeries(List.of(new ChartSeries(getTranslation("dashboard.spend"), days.stream().map(d -> d.amount().amount()).toList())));
        }
        chart.setMoneyFormat(overview.cash().currency());
        chart.setNoDataText(getTranslation("dashboard.noSpend"));
        chart.setColors(List.of("var(--lumo-primary-color)"));
        chart.setWidthFull();
        chart.setHeight("320px");
        // A plain link, not a RouterLink: the wallet's screens are internal to the wallet module.
        Anchor wallet = new Anchor("wallet", getTranslation("dashboard.openWallet"));
        wallet.setId("open-wallet");
        Div links = new Div(wallet);
        if (payAsYouGo) {
            Anchor alert = new Anchor("balance-alert", getTranslation("dashboard.balanceAlert"));
            alert.setId("open-balance-alert");
            links.add(alert);
        }
        links.addClassName("bc-links");
        add(figures, links, chart);
    }

    /** Rated consumption of the month (wallet and cloud settled) and where the month ends at that pace. */
    private void showForecast(SpendForecast forecast) {
        Div figures = new Div(figure("dashboard.consumptionToDate", forecast.monthToDate(), "consumption-to-date"),
                figure("dashboard.forecast", forecast.monthEnd(), "month-end-forecast"));
        figures.addClassName("bc-cards");
        figures.setWidthFull();
        ApexChart chart = new ApexChart(ChartType.AREA);
        chart.setId("consumption-chart");
        chart.setTitle(getTranslation("dashboard.consumptionChart"));
        List<java.time.LocalDate> days = java.util.stream.IntStream.rangeClosed(1, forecast.daysInMonth())
                .mapToObj(day -> forecast.month().atDay(day)).toList();
        chart.setCategories(days.stream().map(ApexChart.dayFormat(getLocale())::format).toList());
        java.math.BigDecimal running = java.math.BigDecimal.ZERO;
        List<java.math.BigDecimal> cumulative = new java.util.ArrayList<>();
        for (java.time.LocalDate day : days) {
            Money spent = forecast.byDay().get(day);
            running = running.add(spent == null ? java.math.BigDecimal.ZERO : spent.amount());
            cumulative.add(running);
        }
        if (forecast.monthToDate().isPositive()) {
            java.math.BigDecimal perDay = forecast.monthEnd().amount().divide(java.math.BigDecimal.valueOf(forecast.daysInMonth()), 2,
                    java.math.RoundingMode.HALF_UP);
            List<java.math.BigDecimal> pace = java.util.stream.IntStream.rangeClosed(1, forecast.daysInMonth())
                    .mapToObj(day -> perDay.multiply(java.math.BigDecimal.valueOf(day))).toList();
            chart.setSeries(List.of(new ChartSeries(getTranslation("dashboard.consumptionToDate"), cumulative),
                    new ChartSeries(getTranslation("dashboard.forecast"), pace)));
        }
        chart.setMoneyFormat(forecast.monthEnd().currency());
        chart.setNoDataText(getTranslation("dashboard.noConsumption"));
        chart.setWidthFull();
        chart.setHeight("280px");
        add(figures, chart);
    }

    private FigureCard figure(String labelKey, Money amount, String id) {
        return new FigureCard(getTranslation(labelKey), MoneyFormat.format(amount, getLocale()), id);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.dashboard");
    }
}
