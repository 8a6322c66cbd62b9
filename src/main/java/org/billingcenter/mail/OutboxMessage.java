package org.billingcenter.mail;

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

import org.billingcenter.shared.persistence.TenantOwned;

/** One e-mail waiting for delivery, or delivered. Not audited: the change that sent it is. */
@Entity
@Table(name = "mail_outbox")
class OutboxMessage extends TenantOwned {

    enum Status { PENDING, SENT, FAILED }

    static final int MAX_ATTEMPTS = 5;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 320, updatable = false)
    private String recipient;

    @Column(nullable = false, length = 300, updatable = false)
    private String subject;

    @Column(nullable = false, length = 4000, updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Version
    private long version;

    protected OutboxMessage() {
    }

    OutboxMessage(String recipient, String subject, String body, Instant createdAt) {
        this.recipient = recipient;
        this.subject = subject;
        this.body = body;
        this.createdAt = createdAt;
    }

    OutgoingMail toMail() {
        return new OutgoingMail(getTenantId(), recipient, subject, body, createdAt, status == Status.SENT);
    }

    void delivered(Instant at) {
        status = Status.SENT;
        sentAt = at;
        attempts++;
    }

    void failed() {
        attempts++;
        if (attempts >= MAX_ATTEMPTS) {
            status = Status.FAILED;
        }
    }
}
