package org.billingcenter.invoice;

import java.time.LocalDate;
import java.util.Objects;

import org.billingcenter.shared.money.Money;

/**
 * A document the account may ask to have invoiced.
 *
 * @param reference   unique within the account and across sources, e.g. {@code CARD-12} or {@code BILL-2026-11-WS3}
 * @param date        the day of a purchase, or the last day of a bill's period
 * @param total       what the document amounts to
 * @param invoiceable the part of it paid in cash: voucher-paid and card-paid consumption is not invoiceable
 *                    (a card was invoiced when it was bought)
 */
public record InvoiceableDocument(DocumentType type, String reference, LocalDate date, String description, Money total,
        Money invoiceable) {

    public InvoiceableDocument {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(invoiceable, "invoiceable");
        if (invoiceable.isNegative() || invoiceable.compareTo(total) > 0) {
            throw new IllegalArgumentException("invoiceable amount must lie between zero and the total of " + reference);
        }
    }
}
