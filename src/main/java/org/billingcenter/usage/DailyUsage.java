package org.billingcenter.usage;

import java.math.BigDecimal;

/** A workspace's day of one item: the sum of its hours and its largest hour (hours with several records added first). */
public record DailyUsage(long workspaceId, String itemCode, BigDecimal sum, BigDecimal dailyMax) {
}
