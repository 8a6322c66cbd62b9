package org.billingcenter.ticket;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.billingcenter.shared.file.StoredFile;
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

    @Embedded
    private StoredFile file;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected TicketAttachment() {
    }

    TicketAttachment(long ticketId, long entryId, String fileName, AttachmentType type, byte[] content, Instant at) {
        this.ticketId = ticketId;
        this.entryId = entryId;
        this.file = new StoredFile(fileName, type.mediaType(), content);
        this.createdAt = at;
    }

    long getEntryId() {
        return entryId;
    }

    long getTicketId() {
        return ticketId;
    }

    AttachmentFile file() {
        return new AttachmentFile(file.fileName(), file.contentType(), file.content());
    }
}
