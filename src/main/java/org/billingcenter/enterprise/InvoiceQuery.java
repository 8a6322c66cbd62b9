package org.billingcenter.enterprise;

/** The invoice list's filters: a calendar year of the invoice date and part of the number; null means any. */
public record InvoiceQuery(Integer year, String number) {
}
