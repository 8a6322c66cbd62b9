package org.billingcenter.invoice;

import java.time.Instant;
import java.util.List;

import org.billingcenter.shared.money.Money;

/** A request as lists show it; the documents it covers are listed by reference. */
public record InvoiceSummary(long id, long accountId, InvoiceStatus status, InvoiceType type, String title, String taxNumber,
        Money amount, Instant requestedAt, String invoiceNumber, Instant issuedAt, String trackingNumber,
        String rejectionReason, String recipient, String recipientEmail, String mailingAddress, List<String> documents) {
}
