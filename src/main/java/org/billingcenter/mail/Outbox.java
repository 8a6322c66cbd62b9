package org.billingcenter.mail;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.tenancy.TenantContext;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where features leave e-mail to be sent. {@link #send} joins the caller's transaction: if the
 * change is rolled back, so is the message.
 */
@Service
@Transactional
public class Outbox {

    private final OutboxMessageRepository messages;
    private final Clock clock;

    Outbox(OutboxMessageRepository messages, Clock clock) {
        this.messages = messages;
        this.clock = clock;
    }

    /** Queues a message from the given tenant; the tenant must be the one the caller works in. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(propagation = Propagation.MANDATORY)
    public void send(String tenantId, String to, String subject, String body) {
        if (!tenantId.equals(TenantContext.require())) {
            throw new IllegalArgumentException("Mail is sent from the tenant the caller works in");
        }
        messages.save(new OutboxMessage(to.strip().toLowerCase(Locale.ROOT), subject, body, clock.instant()));
    }

    /** What was sent to an address, newest first: for the tenant's staff answering "I got no e-mail". */
    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional(readOnly = true)
    public List<OutgoingMail> sentTo(String address) {
        return messages.findByRecipientOrderByIdDesc(address.strip().toLowerCase(Locale.ROOT)).stream()
                .map(OutboxMessage::toMail).toList();
    }
}
