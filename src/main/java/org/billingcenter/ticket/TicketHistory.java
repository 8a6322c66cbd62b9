package org.billingcenter.ticket;

import java.util.List;

import org.billingcenter.audit.AuditedType;
import org.billingcenter.audit.HistorySource;
import org.springframework.stereotype.Component;

/**
 * Support tickets in the change history, each tied to its account. A ticket's entries carry no
 * account of their own, so only the tenant's staff read their revisions.
 */
@Component
class TicketHistory implements HistorySource {

    @Override
    public List<AuditedType> auditedTypes() {
        return List.of(
                new AuditedType("SupportTicket", SupportTicket.class, "accountId"),
                new AuditedType("TicketEntry", TicketEntry.class, null));
    }
}
