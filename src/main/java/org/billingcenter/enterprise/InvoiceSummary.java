package org.billingcenter.enterprise;

import java.time.LocalDate;

import org.billingcenter.shared.money.Money;

/** A contract invoice in the list. */
public record InvoiceSummary(long id, String number, String contractNumber, LocalDate previousDate, LocalDate invoiceDate,
        PaymentMethod paymentMethod, InvoiceStatus status, Money total, long activeSites) {
}
