package org.billingcenter.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.billingcenter.shared.money.Money;

/** One rated day of one workspace and item: what was used, the price that applied, and what it cost. */
public record ConsumptionRow(LocalDate day, long workspaceId, String itemCode, BigDecimal quantity, BigDecimal units,
        BigDecimal unitPrice, int retentionDays, Money amount, String settlement) {
}
