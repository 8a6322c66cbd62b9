package org.billingcenter.wallet;

import java.time.LocalDate;

import org.billingcenter.shared.money.Money;

/** What was charged for one day's consumption. */
public record DailySpend(LocalDate day, Money amount) {
}
