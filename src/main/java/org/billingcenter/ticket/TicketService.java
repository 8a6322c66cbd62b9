package org.billingcenter.ticket;

import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.audit.AuditTrail;
import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.i18n.Message;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.persistence.LikePattern;
import org.billingcenter.tenant.TenantRegistry;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The customer's side of support. Every call works on the caller's own billing account: a ticket
 * of another account (or tenant) is simply not found. Auditors read; they do not write.
 */
@Service
@Transactional
public class TicketService {

    private final SupportTicketRepository tickets;
    private final TicketThread thread;
    private final TenantRegistry tenants;
    private final AuditTrail auditTrail;

    TicketService(SupportTicketRepository tickets, TicketThread thread, TenantRegistry tenants, AuditTrail auditTrail) {
        this.tickets = tickets;
        this.thread = thread;
        this.tenants = tenants;
        this.auditTrail = auditTrail;
    }

    /** The ticket types the tenant offers, as its YAML file lists them. */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.MEMBER, Role.Names.AUDITOR, Role.Names.OPERATOR})
    public List<String> ticketTypes() {
        return tenants.current().ticketTypes();
    }

    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.MEMBER})
    public long open(NewTicket request) {
        SignedInUser customer = CurrentUser.require();
        long accountId = CurrentUser.requireAccountId();
        if (request.type() == null || !tenants.current().ticketTypes().contains(request.type())) {
            throw new BusinessRuleException("ticket.typeRequired");
        }
        String subject = TicketThread.requireText(request.subject(), SupportTicket.MAX_SUBJECT, "ticket.subjectRequired");
        thread.check(request.attachments());
        auditTrail.because(Message.of("audit.reason.ticketOpened"));
        SupportTicket ticket = tickets.save(new SupportTicket(accountId, request.type(), subject, customer, thread.now()));
        thread.message(ticket, customer, request.details(), request.attachments());
        return ticket.getId();
    }

    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.MEMBER, Role.Names.AUDITOR})
    @Transactional(readOnly = true)
    public Page<TicketSummary> myTickets(TicketFilter filter, Pageable page) {
        return search(tickets, tenants.current().timeZone(), filter, CurrentUser.requireAccountId(), null, false, false,
                newestFirst(page)).map(SupportTicket::summary);
    }

    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.MEMBER, Role.Names.AUDITOR})
    @Transactional(readOnly = true)
    public TicketDetail myTicket(long ticketId) {
        return thread.detail(mine(ticketId), TicketThread.CUSTOMER_SEES);
    }

    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.MEMBER, Role.Names.AUDITOR})
    @Transactional(readOnly = true)
    public AttachmentFile attachment(long ticketId, long attachmentId) {
        return thread.file(mine(ticketId), attachmentId, TicketThread.CUSTOMER_SEES);
    }

    /** A reply from the customer puts the ticket back in the staff's hands, also after it was resolved. */
    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.MEMBER})
    public void reply(long ticketId, String text, List<NewAttachment> files) {
        SignedInUser customer = CurrentUser.require();
        SupportTicket ticket = mine(ticketId);
        if (ticket.getStatus().isFinal()) {
            throw new BusinessRuleException("ticket.closed");
        }
        auditTrail.because(Message.of("audit.reason.customerReplied"));
        thread.message(ticket, customer, text, files == null ? List.of() : files);
        TicketStatus status = ticket.getStatus();
        if (status == TicketStatus.WAITING_FOR_CUSTOMER || status == TicketStatus.RESOLVED) {
            thread.move(ticket, customer, TicketStatus.OPEN, null);
        } else {
            ticket.touch(thread.now());
        }
    }

    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.MEMBER})
    public void close(long ticketId) {
        auditTrail.because(Message.of("audit.reason.closedByCustomer"));
        thread.move(mine(ticketId), CurrentUser.require(), TicketStatus.CLOSED, null);
    }

    @RolesAllowed({Role.Names.OWNER, Role.Names.ADMINISTRATOR, Role.Names.FINANCE, Role.Names.MEMBER})
    public void rate(long ticketId, int stars, String comment) {
        if (comment != null && comment.length() > 500) {
            throw new BusinessRuleException("ticket.tooLong", 500);
        }
        auditTrail.because("Answer rated " + stars + "/5");
        mine(ticketId).rate(stars, comment);
    }

    private SupportTicket mine(long ticketId) {
        return tickets.findByIdAndAccountId(ticketId, CurrentUser.requireAccountId())
                .orElseThrow(() -> new BusinessRuleException("ticket.notFound"));
    }

    private static Pageable newestFirst(Pageable page) {
        return PageRequest.of(page.getPageNumber(), page.getPageSize(), Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id")));
    }

    /** Shared with the staff's queue: turns a filter into the repository's search. */
    static Page<SupportTicket> search(SupportTicketRepository tickets, ZoneId zone, TicketFilter filter, Long accountId,
            Long assignee, boolean unassigned, boolean staff, Pageable page) {
        Instant from = filter.from() == null ? null : filter.from().atStartOfDay(zone).toInstant();
        Instant until = filter.to() == null ? null : filter.to().plusDays(1).atStartOfDay(zone).toInstant();
        var statuses = filter.statuses().isEmpty() ? EnumSet.allOf(TicketStatus.class) : EnumSet.copyOf(filter.statuses());
        return tickets.search(accountId, from, until, statuses, filter.type(), assignee, unassigned, pattern(filter.keyword()),
                staff, page);
    }

    private static String pattern(String keyword) {
        if (keyword == null) {
            return null;
        }
        return LikePattern.containing(keyword.toLowerCase());
    }
}
