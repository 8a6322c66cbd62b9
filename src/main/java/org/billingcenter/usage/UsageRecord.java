package org.billingcenter.usage;

import java.math.BigDecimal;
import java.time.Instant;

/** One hour of one billing item in one workspace, as reported; the source id makes resending harmless. */
public record UsageRecord(String sourceId, long workspaceId, String itemCode, Instant hour, BigDecimal quantity) {
}
