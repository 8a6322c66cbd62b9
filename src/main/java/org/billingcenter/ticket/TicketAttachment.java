package org.billingcenter.ticket;

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

/** A checked file sent with one thread entry. Its bytes are not audited: the entry it belongs to is. */
@Entity
@Table(name = "ticket_attachment")
class TicketAttachment extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_id", nullable = false, updatable = false)
    private long ticketId;

    @Column(name = "entry_id", nullable = false, updatable = false)
    private long entryId;

    @Column(name = "file_name", nullable = false, length = 200, updatable = false)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 100, updatable = false)
    private String contentType;

    @Column(name = "size_bytes", nullable = false, updatable = false)
    private long size;

    @Lob
    @Basic(fetch = FetchType.LAZY)
    /** Named for the validator: MariaDB reports LONGBLOB, H2 a BLOB; both match a LOB declared so. */
    @Column(nullable = false, updatable = false, columnDefinition = "longblob")
    private byte[] content;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected TicketAttachment() {
    }

    TicketAttachment(long ticketId, long entryId, String fileName, AttachmentType type, byte[] content, Instant at) {
        this.ticketId = ticketId;
        this.entryId = entryId;
        this.fileName = fileName;
        this.contentType = type.mediaType();
        this.size = content.length;
        this.content = content.clone();
        this.createdAt = at;
    }

    long getEntryId() {
        return entryId;
    }

    long getTicketId() {
        return ticketId;
    }

    AttachmentFile file() {
        return new AttachmentFile(fileName, contentType, content.clone());
    }
}
