package org.billingcenter.invoice;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.billingcenter.shared.money.Money;

/**
 * One request opened in full: what lists show, plus the profile's registration and the address as
 * they were asked for, each document with its invoiced amount, and its status history (each change
 * with its note: who asked, the invoice number, the tracking number or the reason for rejecting).
 * An international request carries the buyer's billing address and country instead of a registration.
 */
public record InvoiceRequestDetails(InvoiceSummary summary, String bank, String bankAccount, String registeredAddress,
        String registeredPhone, String recipientPhone, List<Document> documents, List<StatusChange> history, String billingAddress,
        String country) {

    public record Document(DocumentType type, String reference, LocalDate date, String description, Money amount) {
    }

    public record StatusChange(InvoiceStatus status, Instant at, String note) {
    }
}
