package org.billingcenter.workspace;

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
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** A workspace bound to a billing account, in one site; unbinding keeps it for history. */
@Entity
@Table(name = "workspace")
@Audited
class Workspace extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "site_id", nullable = false, updatable = false, length = 40)
    private String siteId;

    @Column(name = "retention_days")
    private Integer retentionDays;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private WorkspaceStatus status;

    @Column(nullable = false)
    private boolean locked;

    /** ARREARS or CLOUD_ENDED while locked; each lock is lifted by its own remedy. */
    @Column(name = "lock_reason", length = 20)
    private String lockReason;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @NotAudited
    private long version;

    protected Workspace() {
        // for JPA
    }

    Workspace(long accountId, String name, String siteId, Integer retentionDays, Instant createdAt) {
        this.accountId = accountId;
        this.name = name;
        this.siteId = siteId;
        this.retentionDays = retentionDays;
        this.status = WorkspaceStatus.ACTIVE;
        this.createdAt = createdAt;
    }

    Long getId() {
        return id;
    }

    long getAccountId() {
        return accountId;
    }

    String getName() {
        return name;
    }

    String getSiteId() {
        return siteId;
    }

    Integer getRetentionDays() {
        return retentionDays;
    }

    WorkspaceStatus getStatus() {
        return status;
    }

    boolean isLocked() {
        return locked;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    void rename(String newName) {
        this.name = newName;
    }

    void unbind() {
        this.status = WorkspaceStatus.UNBOUND;
    }

    String getLockReason() {
        return lockReason;
    }

    void lock(boolean lock) {
        lock(lock, ARREARS);
    }

    void lock(boolean lock, String reason) {
        this.locked = lock;
        this.lockReason = lock ? reason : null;
    }

    static final String ARREARS = "ARREARS";
    static final String CLOUD_ENDED = "CLOUD_ENDED";
}
