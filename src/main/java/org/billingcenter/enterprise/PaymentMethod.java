package org.billingcenter.enterprise;

/** How a contract's invoices are paid. */
public enum PaymentMethod {
    CARD, INVOICE_ACH, PURCHASE_ORDER
}
