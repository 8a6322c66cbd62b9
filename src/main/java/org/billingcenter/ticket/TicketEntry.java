package org.billingcenter.ticket;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.persistence.TenantOwned;
import org.hibernate.envers.Audited;

/** One line of a ticket's thread, written once and never edited. */
@Entity
@Table(name = "ticket_entry")
@Audited
class TicketEntry extends TenantOwned {

    static final int MAX_BODY = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "ticket_id", nullable = false, updatable = false)
    private long ticketId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20, updatable = false)
    private EntryKind kind;

    @Column(name = "author_user_id", nullable = false, updatable = false)
    private long authorUserId;

    @Column(name = "author_name", nullable = false, length = 120, updatable = false)
    private String authorName;

    @Column(nullable = false, updatable = false)
    private boolean staff;

    @Column(length = MAX_BODY, updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(name = "new_status", length = 30, updatable = false)
    private TicketStatus newStatus;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    protected TicketEntry() {
    }

    private TicketEntry(long ticketId, EntryKind kind, SignedInUser author, String body, TicketStatus newStatus, Instant at) {
        this.ticketId = ticketId;
        this.kind = kind;
        this.authorUserId = author.userId();
        this.authorName = author.displayName();
        this.staff = author.accountId() == null;
        this.body = body;
        this.newStatus = newStatus;
        this.createdAt = at;
    }

    static TicketEntry message(long ticketId, SignedInUser author, String body, Instant at) {
        return new TicketEntry(ticketId, EntryKind.MESSAGE, author, body, null, at);
    }

    static TicketEntry internalNote(long ticketId, SignedInUser author, String body, Instant at) {
        return new TicketEntry(ticketId, EntryKind.INTERNAL_NOTE, author, body, null, at);
    }

    static TicketEntry statusChange(long ticketId, SignedInUser author, TicketStatus status, String reason, Instant at) {
        return new TicketEntry(ticketId, EntryKind.STATUS_CHANGE, author, reason, status, at);
    }

    Long getId() {
        return id;
    }

    EntryKind getKind() {
        return kind;
    }

    String getBody() {
        return body;
    }

    TicketMessage view(List<AttachmentInfo> attachments) {
        return new TicketMessage(id, kind, authorName, staff, body, newStatus, createdAt, attachments);
    }
}
