package org.billingcenter.invoice;

/** What kind of document an invoice covers. */
public enum DocumentType { BILL, CARD_PURCHASE, ARREARS_PAYMENT, VOUCHER_PURCHASE }
