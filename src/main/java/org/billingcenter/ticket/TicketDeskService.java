package org.billingcenter.ticket;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.audit.AuditService;
import org.billingcenter.audit.AuditTrail;
import org.billingcenter.audit.Revision;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.tenant.TenantRegistry;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tenant staff's side of support: the queue, taking a ticket, replying, internal notes and
 * status changes. Every change is audited with the operator and a reason; the customer hears of
 * replies through {@link TicketReplies}. Operators see their own tenant's tickets only.
 */
@Service
@Transactional
@RolesAllowed(Role.Names.OPERATOR)
public class TicketDeskService {

    private final SupportTicketRepository tickets;
    private final TicketThread thread;
    private final TicketReplies replies;
    private final TenantRegistry tenants;
    private final AuditTrail auditTrail;
    private final AuditService audit;

    TicketDeskService(SupportTicketRepository tickets, TicketThread thread, TicketReplies replies, TenantRegistry tenants,
            AuditTrail auditTrail, AuditService audit) {
        this.tickets = tickets;
        this.thread = thread;
        this.replies = replies;
        this.tenants = tenants;
        this.auditTrail = auditTrail;
        this.audit = audit;
    }

    /** The queue, the longest-waiting ticket first. */
    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional(readOnly = true)
    public Page<TicketSummary> queue(QueueFilter filter, Pageable page) {
        long me = CurrentUser.require().userId();
        Long assignee = filter.assignment() == QueueFilter.Assignment.MINE ? me : null;
        boolean unassigned = filter.assignment() == QueueFilter.Assignment.UNASSIGNED;
        Pageable oldestFirst = PageRequest.of(page.getPageNumber(), page.getPageSize(),
                Sort.by(Sort.Order.asc("updatedAt"), Sort.Order.asc("id")));
        return TicketService.search(tickets, tenants.current().timeZone(), filter.tickets(), filter.accountId(), assignee,
                unassigned, true, oldestFirst).map(SupportTicket::summary);
    }

    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional(readOnly = true)
    public QueueCounts counts() {
        long me = CurrentUser.require().userId();
        return new QueueCounts(tickets.countByStatusIn(TicketStatus.AWAITING_STAFF),
                tickets.countByStatusInAndAssigneeUserIdIsNull(TicketStatus.AWAITING_STAFF),
                tickets.countByStatusInAndAssigneeUserId(TicketStatus.AWAITING_STAFF, me),
                tickets.countByStatusIn(List.of(TicketStatus.WAITING_FOR_CUSTOMER)));
    }

    /** The whole thread, internal notes included. */
    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional(readOnly = true)
    public TicketDetail ticket(long ticketId) {
        return thread.detail(find(ticketId), TicketThread.STAFF_SEES);
    }

    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional(readOnly = true)
    public AttachmentFile attachment(long ticketId, long attachmentId) {
        return thread.file(find(ticketId), attachmentId, TicketThread.STAFF_SEES);
    }

    /** Takes the ticket; taking it from a colleague needs a reason, as the audit trail will show. */
    @RolesAllowed(Role.Names.OPERATOR)
    public void assignToMe(long ticketId, String reason) {
        SignedInUser me = CurrentUser.require();
        SupportTicket ticket = find(ticketId);
        Long current = ticket.getAssigneeUserId();
        if (current != null && current != me.userId() && (reason == null || reason.isBlank())) {
            throw new BusinessRuleException("ticket.reasonRequired");
        }
        auditTrail.because(reason == null || reason.isBlank() ? Message.of("audit.reason.ticketAssigned", me.email())
                : Message.of("audit.reason.ticketAssignedBecause", me.email(), reason.strip()));
        ticket.assignTo(me, thread.now());
    }

    @RolesAllowed(Role.Names.OPERATOR)
    public void release(long ticketId, String reason) {
        auditTrail.because(reason == null || reason.isBlank() ? Message.of("audit.reason.ticketReleased")
                : Message.of("audit.reason.ticketReleasedBecause", reason.strip()));
        find(ticketId).assignTo(null, thread.now());
    }

    /**
     * Answers the customer, who is told in the portal and by e-mail. The ticket then waits for the
     * customer unless the operator says it is resolved (or still in progress); an unassigned ticket
     * becomes the replier's.
     */
    @RolesAllowed(Role.Names.OPERATOR)
    public void reply(long ticketId, String text, TicketStatus next, List<NewAttachment> files) {
        SignedInUser me = CurrentUser.require();
        SupportTicket ticket = find(ticketId);
        TicketStatus status = next == null ? TicketStatus.WAITING_FOR_CUSTOMER : next;
        if (status != TicketStatus.IN_PROGRESS && status != TicketStatus.WAITING_FOR_CUSTOMER && status != TicketStatus.RESOLVED) {
            throw new BusinessRuleException("ticket.statusNotAllowed");
        }
        if (ticket.getStatus().isFinal()) {
            throw new BusinessRuleException("ticket.closed");
        }
        auditTrail.because(Message.of("audit.reason.repliedToCustomer"));
        TicketEntry entry = thread.message(ticket, me, text, files == null ? List.of() : files);
        if (ticket.getAssigneeUserId() == null) {
            ticket.assignTo(me, thread.now());
        }
        thread.move(ticket, me, status, null);
        replies.tellCustomer(ticket, entry);
    }

    @RolesAllowed(Role.Names.OPERATOR)
    public void addInternalNote(long ticketId, String text) {
        SupportTicket ticket = find(ticketId);
        auditTrail.because(Message.of("audit.reason.internalNote"));
        thread.internalNote(ticket, CurrentUser.require(), text);
        ticket.touch(thread.now());
    }

    /** A status set by hand, with the reason the customer reads in the thread and the audit trail keeps. */
    @RolesAllowed(Role.Names.OPERATOR)
    public void changeStatus(long ticketId, TicketStatus next, String reason) {
        if (next == null || !TicketStatus.SET_BY_STAFF.contains(next)) {
            throw new BusinessRuleException("ticket.statusNotAllowed");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessRuleException("ticket.reasonRequired");
        }
        String text = TicketThread.requireText(reason, 500, "ticket.reasonRequired");
        auditTrail.because(Message.of("audit.reason.ticketStatusSet", Message.label("ticket.status." + next.name()), text));
        thread.move(find(ticketId), CurrentUser.require(), next, text);
    }

    /** Who changed the ticket when, and why, from the tenant-filtered audit trail. */
    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional(readOnly = true)
    public List<Revision> history(long ticketId) {
        return audit.historyOf(SupportTicket.class, find(ticketId).getId());
    }

    private SupportTicket find(long ticketId) {
        return tickets.findById(ticketId).orElseThrow(() -> new BusinessRuleException("ticket.notFound"));
    }

}
