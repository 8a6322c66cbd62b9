package org.billingcenter.enterprise;

/** Where a contract invoice stands. */
public enum InvoiceStatus {
    ISSUED, PAID, OVERDUE
}
