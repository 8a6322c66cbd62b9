package org.billingcenter.wallet;

import java.time.LocalDate;

import org.billingcenter.shared.money.Money;

/** The account's cash and its vouchers and cards at the end of a business day. */
public record DailyBalance(LocalDate day, Money cash, Money lots) {
}
