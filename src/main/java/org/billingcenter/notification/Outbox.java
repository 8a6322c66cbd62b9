package org.billingcenter.notification;

import java.time.Clock;
import java.util.List;

import jakarta.annotation.security.PermitAll;
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
 * E-mail and text messages for any feature. {@link #send} writes the message in the caller's transaction and sends
 * it only once that commits: a rolled-back change sends nothing, a committed one is never lost.
 */
@Service
@Transactional
public class Outbox {

    /** Longer texts are split by the carrier into several messages; the portal's stay short. */
    static final int MAX_TEXT = 500;

    private final OutboxMessageRepository messages;
    private final OutboxAttachmentRepository attachments;
    private final OutboxDelivery delivery;
    private final NotificationProperties properties;
    private final Clock clock;

    Outbox(OutboxMessageRepository messages, OutboxAttachmentRepository attachments, OutboxDelivery delivery,
            NotificationProperties properties, Clock clock) {
        this.messages = messages;
        this.attachments = attachments;
        this.delivery = delivery;
        this.properties = properties;
        this.clock = clock;
    }

    /** Any signed-in identity may send on behalf of the feature it uses; the tenant is the session's. */
    @PreAuthorize("isAuthenticated()")
    public long send(String to, String subject, String body) {
        return send(to, subject, body, List.of());
    }

    /** An e-mail carrying files (a report, say), kept and sent like {@link #send(String, String, String)}. */
    @PreAuthorize("isAuthenticated()")
    public long send(String to, String subject, String body, List<MailAttachment> files) {
        if (to == null || !to.contains("@") || subject == null || subject.isBlank() || body == null || files == null) {
            throw new BusinessRuleException("outbox.invalidMessage");
        }
        OutboxMessage message = messages.save(new OutboxMessage(to.strip(), bounded(subject.strip(), OutboxMessage.MAX_SUBJECT),
                bounded(body, OutboxMessage.MAX_BODY), clock.instant()));
        files.forEach(file -> attachments.save(new OutboxAttachment(message.getId(), file)));
        return deliverAfterCommit(message);
    }

    /**
     * A text message to a phone, kept and sent like e-mail. The phone is in international form
     * (optional +, digits only); the subject only names the message on the outbox page.
     */
    @PreAuthorize("isAuthenticated()")
    public long sendText(String phone, String subject, String text) {
        if (phone == null || !phone.matches("\\+?[0-9]{5,20}") || subject == null || subject.isBlank() || text == null
                || text.isBlank()) {
            throw new BusinessRuleException("outbox.invalidMessage");
        }
        return deliverAfterCommit(messages.save(OutboxMessage.text(phone, bounded(subject.strip(), OutboxMessage.MAX_SUBJECT),
                bounded(text, MAX_TEXT), clock.instant())));
    }

    /**
     * Mail the portal sends to someone who is not signed in yet: a sign-up's confirmation link, a
     * password reset link. Open to anonymous callers because the people it serves cannot sign in;
     * the calling feature decides whom to write, as it does for {@link #send}.
     */
    @PermitAll
    public long sendToVisitor(String to, String subject, String body) {
        return send(to, subject, body);
    }

    /** A text message to someone who is not signed in yet; see {@link #sendToVisitor}. */
    @PermitAll
    public long sendTextToVisitor(String phone, String subject, String text) {
        return sendText(phone, subject, text);
    }

    private long deliverAfterCommit(OutboxMessage message) {
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
