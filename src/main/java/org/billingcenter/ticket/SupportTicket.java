package org.billingcenter.ticket;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.persistence.TenantOwned;
import org.hibernate.envers.Audited;

/**
 * A customer's request for help. The entity keeps where the ticket stands (status, assignee,
 * rating and the times it was resolved and closed); what was said lives in {@link TicketEntry}.
 */
@Entity
@Table(name = "support_ticket")
@Audited
class SupportTicket extends TenantOwned {

    static final int MAX_SUBJECT = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "ticket_type", nullable = false, length = 40)
    private String type;

    @Column(nullable = false, length = MAX_SUBJECT, updatable = false)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private TicketStatus status = TicketStatus.OPEN;

    @Column(name = "opened_by_user_id", nullable = false, updatable = false)
    private long openedByUserId;

    @Column(name = "opened_by_name", nullable = false, length = 120, updatable = false)
    private String openedByName;

    @Column(name = "opened_by_email", nullable = false, length = 320, updatable = false)
    private String openedByEmail;

    @Column(name = "assignee_user_id")
    private Long assigneeUserId;

    @Column(name = "assignee_name", length = 120)
    private String assigneeName;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "resolved_at")
    private Instant resolvedAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    private Integer rating;

    @Column(name = "rating_comment", length = 500)
    private String ratingComment;

    @Version
    private long version;

    protected SupportTicket() {
    }

    SupportTicket(long accountId, String type, String subject, SignedInUser openedBy, Instant at) {
        this.accountId = accountId;
        this.type = type;
        this.subject = subject;
        this.openedByUserId = openedBy.userId();
        this.openedByName = openedBy.displayName();
        this.openedByEmail = openedBy.email();
        this.createdAt = at;
        this.updatedAt = at;
    }

    /** Moves the ticket on; returns whether anything changed. Closed tickets stay closed. */
    boolean moveTo(TicketStatus next, Instant at) {
        if (status.isFinal()) {
            throw new BusinessRuleException("ticket.closed");
        }
        updatedAt = at;
        if (next == status) {
            return false;
        }
        status = next;
        if (next == TicketStatus.RESOLVED) {
            resolvedAt = at;
        } else if (next == TicketStatus.CLOSED) {
            closedAt = at;
        }
        return true;
    }

    void touch(Instant at) {
        updatedAt = at;
    }

    void assignTo(SignedInUser staff, Instant at) {
        assigneeUserId = staff == null ? null : staff.userId();
        assigneeName = staff == null ? null : staff.displayName();
        updatedAt = at;
    }

    void rate(int stars, String comment) {
        if (status != TicketStatus.RESOLVED && status != TicketStatus.CLOSED) {
            throw new BusinessRuleException("ticket.rateWhenResolved");
        }
        if (rating != null) {
            throw new BusinessRuleException("ticket.alreadyRated");
        }
        if (stars < 1 || stars > 5) {
            throw new BusinessRuleException("ticket.ratingRange");
        }
        rating = stars;
        ratingComment = comment == null || comment.isBlank() ? null : comment.strip();
    }

    Long getId() {
        return id;
    }

    long getAccountId() {
        return accountId;
    }

    TicketStatus getStatus() {
        return status;
    }

    String getSubject() {
        return subject;
    }

    String getOpenedByEmail() {
        return openedByEmail;
    }

    Long getAssigneeUserId() {
        return assigneeUserId;
    }

    TicketSummary summary() {
        return new TicketSummary(id, accountId, type, subject, status, openedByName, assigneeName, createdAt, updatedAt,
                resolvedAt, closedAt, rating, ratingComment);
    }
}
