package org.billingcenter.wallet;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.billingcenter.shared.persistence.TenantOwned;
import org.hibernate.annotations.Immutable;

/** The first outcome of a money-moving command, kept so the same key replays it instead of moving money again. */
@Entity
@Immutable
@Table(name = "idempotency_record")
class IdempotencyRecord extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false)
    private long accountId;

    @Column(name = "idem_key", nullable = false, length = 100)
    private String key;

    @Column(nullable = false, length = 40)
    private String command;

    @Column(nullable = false, length = 64)
    private String fingerprint;

    @Column(nullable = false, length = 200)
    private String outcome;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected IdempotencyRecord() {
    }

    IdempotencyRecord(long accountId, String key, String command, String fingerprint, String outcome, Instant createdAt) {
        this.accountId = accountId;
        this.key = key;
        this.command = command;
        this.fingerprint = fingerprint;
        this.outcome = outcome;
        this.createdAt = createdAt;
    }

    String getCommand() {
        return command;
    }

    String getFingerprint() {
        return fingerprint;
    }

    String getOutcome() {
        return outcome;
    }
}
