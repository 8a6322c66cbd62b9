package org.billingcenter.billing;

import java.math.BigDecimal;

import org.billingcenter.shared.money.Money;

/** One workspace × billing item of a bill (separately per settlement method when it changed in the month). */
public record BillLine(long workspaceId, String workspaceName, String itemCode, String itemName, String settlement,
        BigDecimal units, Money amount) {
}
