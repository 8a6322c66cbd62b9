package org.billingcenter.notification;

import java.time.Clock;

import jakarta.annotation.security.RolesAllowed;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.identity.Role;
import org.billingcenter.shared.tenancy.TenantContext;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * E-mail for any feature. {@link #send} writes the message in the caller's transaction and sends
 * it only once that commits: a rolled-back change sends nothing, a committed one is never lost.
 */
@Service
@Transactional
public class Outbox {

    private final OutboxMessageRepository messages;
    private final OutboxDelivery delivery;
    private final NotificationProperties properties;
    private final Clock clock;

    Outbox(OutboxMessageRepository messages, OutboxDelivery delivery, NotificationProperties properties, Clock clock) {
        this.messages = messages;
        this.delivery = delivery;
        this.properties = properties;
        this.clock = clock;
    }

    /** Any signed-in identity may send on behalf of the feature it uses; the tenant is the session's. */
    @PreAuthorize("isAuthenticated()")
    public long send(String to, String subject, String body) {
        if (to == null || !to.contains("@") || subject == null || subject.isBlank() || body == null) {
            throw new BusinessRuleException("outbox.invalidMessage");
        }
        OutboxMessage message = messages.save(new OutboxMessage(to.strip(), bounded(subject.strip(), OutboxMessage.MAX_SUBJECT),
                bounded(body, OutboxMessage.MAX_BODY), clock.instant()));
        long id = message.getId();
        String tenant = TenantContext.require();
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                TenantContext.runAs(tenant, () -> delivery.deliver(id));
            }
        });
        return id;
    }

    /** The outbox page, newest first; only where the deployment allows it (development, test). */
    @RolesAllowed(Role.Names.OPERATOR)
    @Transactional(readOnly = true)
    public Page<OutboxEntry> recent(Pageable page) {
        if (!properties.outboxViewable()) {
            throw new BusinessRuleException("outbox.notViewable");
        }
        return messages.findAllByOrderByIdDesc(page).map(OutboxMessage::view);
    }

    /** Whether this deployment shows the outbox page at all. */
    @RolesAllowed(Role.Names.OPERATOR)
    public boolean viewable() {
        return properties.outboxViewable();
    }

    private static String bounded(String text, int max) {
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }
}
