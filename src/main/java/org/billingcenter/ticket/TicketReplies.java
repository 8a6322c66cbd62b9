package org.billingcenter.ticket;

import org.billingcenter.notification.Notifications;
import org.billingcenter.notification.Outbox;
import org.billingcenter.tenant.TenantRegistry;
import org.springframework.stereotype.Component;

/**
 * Tells the customer that support answered: in the account's notification centre, and by e-mail
 * to whoever opened the ticket. Both are written in the reply's transaction.
 */
@Component
class TicketReplies {

    static final String KIND = "TICKET_REPLY";

    private final Notifications notifications;
    private final Outbox outbox;
    private final TenantRegistry tenants;

    TicketReplies(Notifications notifications, Outbox outbox, TenantRegistry tenants) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.tenants = tenants;
    }

    void tellCustomer(SupportTicket ticket, TicketEntry reply) {
        String reference = "#" + ticket.getId() + " " + ticket.getSubject();
        notifications.notify(ticket.getAccountId(), KIND, reference);
        String brand = tenants.current().brandName();
        String body = "Support replied to your ticket " + reference + ":\n\n" + reply.getBody()
                + "\n\nRead and answer it in the " + brand + " portal under Support.";
        outbox.send(ticket.getOpenedByEmail(), "[" + brand + "] Reply to your ticket #" + ticket.getId(), body);
    }
}
