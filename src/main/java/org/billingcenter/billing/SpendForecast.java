package org.billingcenter.billing;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

import org.billingcenter.shared.money.Money;

/**
 * This month's rated consumption (wallet and cloud settled) by day, and where the month ends if
 * the rest of it costs what the rated days cost on average.
 */
public record SpendForecast(YearMonth month, Map<LocalDate, Money> byDay, Money monthToDate, Money monthEnd, int daysRated, int daysInMonth) {
}
