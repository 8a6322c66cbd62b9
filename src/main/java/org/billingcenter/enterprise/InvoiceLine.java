package org.billingcenter.enterprise;

import org.billingcenter.shared.money.Money;

/** One priced line of a contract invoice; the plan is empty for the platform fee. */
public record InvoiceLine(int lineNo, InvoiceLineKind kind, SitePlan plan, int quantity, int months, Money unitPrice, Money amount) {
}
