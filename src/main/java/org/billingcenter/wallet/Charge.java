package org.billingcenter.wallet;

import java.time.LocalDate;

import org.billingcenter.shared.money.Money;

/**
 * A request to take money for consumption: how much, for which billing item and day, and the
 * caller's idempotency key (the billing run uses one per account, item and day).
 */
public record Charge(long accountId, Money amount, String itemCode, String description, LocalDate usageDay,
        String idempotencyKey) {
}
