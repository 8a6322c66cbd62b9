package org.billingcenter.ticket;

import java.util.Locale;

import org.billingcenter.account.Recipients;
import org.billingcenter.notification.Notifications;
import org.billingcenter.notification.Outbox;
import org.billingcenter.shared.i18n.Message;
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
    private final Recipients recipients;

    TicketReplies(Notifications notifications, Outbox outbox, TenantRegistry tenants, Recipients recipients) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.tenants = tenants;
        this.recipients = recipients;
    }

    void tellCustomer(SupportTicket ticket, TicketEntry reply) {
        String reference = "#" + ticket.getId() + " " + ticket.getSubject();
        notifications.notify(ticket.getAccountId(), KIND, reference);
        String brand = tenants.current().brandName();
        Locale language = recipients.languageOf(ticket.getOpenedByEmail());
        String body = Message.of("mail.ticketReply.body", reference, reply.getBody(), brand).in(language);
        outbox.send(ticket.getOpenedByEmail(), Message.of("mail.ticketReply.subject", brand, String.valueOf(ticket.getId())).in(language),
                body);
    }
}
