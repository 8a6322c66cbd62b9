package org.billingcenter.billing;

import java.math.BigDecimal;
import java.time.LocalDate;

/** One rated workspace-item-day, as written to {@code consumption_line}. */
record ConsumptionLine(LocalDate day, long workspaceId, String itemCode, long accountId, String siteId, int retentionDays,
        BigDecimal quantity, BigDecimal units, BigDecimal unitPrice, BigDecimal amount, String currency, String settlement,
        Long cloudAccountId, String provider) {
}
