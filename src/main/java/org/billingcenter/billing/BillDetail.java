package org.billingcenter.billing;

import java.util.List;

/** A bill with its lines and adjustments: the public read of an issued bill (the invoice feature invoices its cash-paid part). */
public record BillDetail(BillSummary summary, List<BillLine> lines, List<BillAdjustment> adjustments) {
}
