package org.billingcenter.invoice;

import java.time.LocalDate;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.persistence.TenantOwned;
import org.hibernate.envers.Audited;

/**
 * One document of a request. {@code activeReference} carries the reference while the request is
 * live; a unique key on it is what makes invoicing a document twice impossible.
 */
@Entity
@Table(name = "invoice_request_line")
@Audited
class InvoiceRequestLine extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Enumerated(EnumType.STRING)
    @Column(name = "document_type", nullable = false, length = 20, updatable = false)
    private DocumentType documentType;

    @Column(nullable = false, length = 80, updatable = false)
    private String reference;

    @Column(name = "active_reference", length = 80)
    private String activeReference;

    @Column(name = "document_date", nullable = false, updatable = false)
    private LocalDate documentDate;

    @Column(nullable = false, length = 200, updatable = false)
    private String description;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "amount", nullable = false, updatable = false)),
            @AttributeOverride(name = "currency", column = @Column(name = "currency", nullable = false, updatable = false))})
    private Money amount;

    protected InvoiceRequestLine() {
    }

    InvoiceRequestLine(long requestId, long accountId, InvoiceableDocument document) {
        this.requestId = requestId;
        this.accountId = accountId;
        this.documentType = document.type();
        this.reference = document.reference();
        this.activeReference = document.reference();
        this.documentDate = document.date();
        String text = document.description() == null ? document.reference() : document.description();
        this.description = text.length() > 200 ? text.substring(0, 200) : text;
        this.amount = document.invoiceable();
    }

    /** The request was rejected: the document may be requested again. */
    void release() {
        activeReference = null;
    }

    long getRequestId() {
        return requestId;
    }

    DocumentType getDocumentType() {
        return documentType;
    }

    String getReference() {
        return reference;
    }

    LocalDate getDocumentDate() {
        return documentDate;
    }

    String getDescription() {
        return description;
    }

    Money getAmount() {
        return amount;
    }
}
