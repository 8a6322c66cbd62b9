package org.billingcenter.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.billingcenter.shared.persistence.TenantOwned;

/**
 * An e-mail or a text message, written in the same transaction as the change it reports, sent
 * once that commits.
 */
@Entity
@Table(name = "outbox_message")
class OutboxMessage extends TenantOwned {

    static final int MAX_SUBJECT = 300;
    static final int MAX_BODY = 6000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10, updatable = false)
    private OutboxChannel channel = OutboxChannel.EMAIL;

    @Column(nullable = false, length = 320, updatable = false)
    private String recipient;

    @Column(nullable = false, length = MAX_SUBJECT, updatable = false)
    private String subject;

    @Column(nullable = false, length = MAX_BODY, updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private OutboxStatus status = OutboxStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected OutboxMessage() {
    }

    OutboxMessage(String recipient, String subject, String body, Instant createdAt) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = createdAt;
    }

    /** A text message to a phone; its subject only names it in the outbox. */
    static OutboxMessage text(String phone, String subject, String text, Instant createdAt) {
        OutboxMessage message = new OutboxMessage(phone, subject, text, createdAt);
        message.channel = OutboxChannel.SMS;
        return message;
    }

    Long getId() {
        return id;
    }

    OutboxChannel getChannel() {
        return channel;
    }

    String getRecipient() {
        return recipient;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    OutboxStatus getStatus() {
        return status;
    }

    String getLastError() {
        return lastError;
    }

    boolean isPending() {
        return status == OutboxStatus.PENDING;
    }

    void sent(Instant at) {
        status = OutboxStatus.SENT;
        sentAt = at;
        attempts++;
        lastError = null;
    }

    void failed(String error, int maxAttempts) {
        attempts++;
        lastError = error == null ? "unknown error" : error.length() > 500 ? error.substring(0, 500) : error;
        if (attempts >= maxAttempts) {
            status = OutboxStatus.FAILED;
        }
    }

    OutboxEntry view() {
        return new OutboxEntry(id, channel, recipient, subject, body, status, attempts, lastError, createdAt, sentAt);
    }
}
