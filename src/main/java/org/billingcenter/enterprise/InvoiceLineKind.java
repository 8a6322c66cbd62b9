package org.billingcenter.enterprise;

/** What an invoice line charges: the allotted sites of a plan, sites beyond the allotment, or the platform fee. */
public enum InvoiceLineKind {
    PLAN, OVERAGE, PLATFORM_FEE
}
