package org.billingcenter.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SystemIdentity;
import org.billingcenter.shared.money.Money;
import org.billingcenter.workspace.WorkspaceSummary;
import org.junit.jupiter.api.Test;

/**
 * The Owner reads where this month ends: what the rated days cost so far, stretched over the whole
 * month at their average, day by day as the dashboard draws it.
 */
class MonthEndForecastTest extends BillingFixture {

    private static final YearMonth APRIL = YearMonth.of(2037, 4);

    @Test
    void theOwnerReadsTheMonthsEndFromTheDaysRatedSoFar() {
        clock.set(Instant.parse("2037-04-01T10:00:00Z"));
        SignedInUser owner = newOwner(INTL);
        credit(INTL, accountOf(owner).id(), "500.00");
        WorkspaceSummary logs = workspace(owner, "us-west-1", null);

        SpendForecast nothingYet = as(owner, () -> bills.monthToDate());
        assertThat(nothingYet.month()).isEqualTo(APRIL);
        assertThat(nothingYet.monthToDate()).isEqualTo(Money.of("0.00", "USD"));
        assertThat(nothingYet.monthEnd()).as("no day rated: nothing to stretch").isEqualTo(Money.of("0.00", "USD"));

        // 20 hosts at 0.50 on the 1st and 40 on the 2nd: 10.00 and 20.00.
        rateDay(logs, APRIL.atDay(1), "20");
        rateDay(logs, APRIL.atDay(2), "40");
        clock.set(Instant.parse("2037-04-03T12:00:00Z"));

        SpendForecast forecast = as(owner, () -> bills.monthToDate());
        assertThat(forecast.byDay()).containsEntry(APRIL.atDay(1), Money.of("10.00", "USD"))
                .containsEntry(APRIL.atDay(2), Money.of("20.00", "USD"));
        assertThat(forecast.monthToDate()).isEqualTo(Money.of("30.00", "USD"));
        assertThat(forecast.daysRated()).isEqualTo(2);
        assertThat(forecast.daysInMonth()).isEqualTo(30);
        assertThat(forecast.monthEnd()).as("30.00 over 2 days, for 30 days").isEqualTo(Money.of("450.00", "USD"));
    }

    private void rateDay(WorkspaceSummary workspace, LocalDate day, String hosts) {
        clock.set(day.plusDays(1).atTime(12, 0).toInstant(ZoneOffset.UTC));
        send(INTL, record(workspace.id(), "HOSTS", day + "T12:00:00Z", hosts));
        SystemIdentity.runAsOperator(INTL, () -> rating.rate(day));
    }
}
