package org.billingcenter.billing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.billingcenter.shared.money.Money;

/**
 * One rated day of one workspace and item: what was used, the price that applied, what it cost, and
 * what paid the account's charge for that item and day (empty until it is charged).
 */
public record ConsumptionRow(LocalDate day, long workspaceId, String itemCode, BigDecimal quantity, BigDecimal units,
        BigDecimal unitPrice, int retentionDays, Money amount, String settlement, Set<PaidBy> paidBy) {
}
