package org.billingcenter.enterprise;

import java.time.YearMonth;

/** Spend from one month to another (inclusive), stacked by contract or payment method, optionally only one payment method. */
public record SpendQuery(YearMonth from, YearMonth to, SpendGrouping grouping, PaymentMethod paymentMethod) {
}
