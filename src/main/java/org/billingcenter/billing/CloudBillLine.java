package org.billingcenter.billing;

import java.math.BigDecimal;

import org.billingcenter.shared.money.Money;

/** One workspace and item of a cloud account's month: consumption of every site settled into that account, merged. */
public record CloudBillLine(long workspaceId, String siteId, String itemCode, BigDecimal quantity, Money amount) {
}
