package org.billingcenter.workspace;

import java.time.Instant;
import java.time.LocalDate;

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

/** The settlement method of a workspace from a day on, until a later row takes over. */
@Entity
@Table(name = "workspace_settlement")
@Audited
class WorkspaceSettlement extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "workspace_id", nullable = false, updatable = false)
    private long workspaceId;

    @Column(name = "account_id", nullable = false, updatable = false)
    private long accountId;

    @Column(name = "effective_from", nullable = false, updatable = false)
    private LocalDate effectiveFrom;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SettlementKind method;

    @Column(name = "cloud_account_id")
    private Long cloudAccountId;

    @Column(length = 30)
    private String provider;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    @NotAudited
    private long version;

    protected WorkspaceSettlement() {
        // for JPA
    }

    WorkspaceSettlement(long workspaceId, long accountId, LocalDate effectiveFrom, Settlement settlement, Instant createdAt) {
        this.workspaceId = workspaceId;
        this.accountId = accountId;
        this.effectiveFrom = effectiveFrom;
        this.createdAt = createdAt;
        change(settlement);
    }

    /** A second change for the same day replaces the first: one method per day. */
    void change(Settlement settlement) {
        this.method = settlement.kind();
        this.cloudAccountId = settlement.cloudAccountId();
        this.provider = settlement.provider();
    }

    long getWorkspaceId() {
        return workspaceId;
    }

    LocalDate getEffectiveFrom() {
        return effectiveFrom;
    }

    Settlement settlement() {
        return new Settlement(method, cloudAccountId, provider);
    }
}
