package org.billingcenter.notification;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.billingcenter.shared.persistence.TenantOwned;

/** One line in an account's notification centre. Not audited: it records nothing of value, only tells. */
@Entity
@Table(name = "notification")
class InAppNotification extends TenantOwned {

    static final int MAX_TEXT = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(nullable = false, length = 40, updatable = false)
    private String kind;

    @Column(name = "message", nullable = false, length = MAX_TEXT, updatable = false)
    private String text;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    protected InAppNotification() {
    }

    InAppNotification(long accountId, String kind, String text, Instant createdAt) {
        this.accountId = accountId;
        this.kind = kind;
        this.text = text;
        this.createdAt = createdAt;
    }

    void markRead(Instant at) {
        if (readAt == null) {
            readAt = at;
        }
    }

    AccountNotification view() {
        return new AccountNotification(id, kind, text, createdAt, readAt != null);
    }
}
