package org.billingcenter.billing;

import java.time.Instant;

import org.billingcenter.shared.money.Money;

/** A correction to an issued bill: the bill itself never changes. */
public record BillAdjustment(long id, Money amount, String reason, String by, Instant at) {
}
