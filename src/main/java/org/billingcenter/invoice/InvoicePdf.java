package org.billingcenter.invoice;

import java.time.Instant;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import org.billingcenter.shared.persistence.TenantOwned;

/** The PDF made when an invoice was issued; kept as made, never regenerated. */
@Entity
@Table(name = "invoice_pdf")
class InvoicePdf extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "request_id", nullable = false, updatable = false)
    private long requestId;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    @Column(nullable = false, updatable = false, columnDefinition = "longblob")
    private byte[] content;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected InvoicePdf() {
    }

    InvoicePdf(long requestId, byte[] content, Instant createdAt) {
        this.requestId = requestId;
        this.content = content.clone();
        this.createdAt = createdAt;
    }

    byte[] content() {
        return content.clone();
    }
}
