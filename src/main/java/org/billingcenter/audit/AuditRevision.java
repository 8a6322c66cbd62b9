package org.billingcenter.audit;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/**
 * One audited change set. The revision table is shared by all tenants (Envers has one), so it
 * carries the tenant itself and every read filters on it.
 */
@Entity
@Table(name = "audit_revision")
@RevisionEntity(AuditRevisionListener.class)
class AuditRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @RevisionNumber
    private long id;

    @RevisionTimestamp
    @Column(name = "revision_timestamp", nullable = false)
    private long timestamp;

    @Column(name = "tenant_id", length = 40)
    private String tenantId;

    @Column(nullable = false, length = 320)
    private String actor;

    @Column(name = "client_address", length = 64)
    private String clientAddress;

    @Column(length = 500)
    private String reason;

    long getId() {
        return id;
    }

    Instant getTimestamp() {
        return Instant.ofEpochMilli(timestamp);
    }

    String getTenantId() {
        return tenantId;
    }

    String getActor() {
        return actor;
    }

    String getClientAddress() {
        return clientAddress;
    }

    String getReason() {
        return reason;
    }

    void record(String tenantId, String actor, String clientAddress) {
        this.tenantId = tenantId;
        this.actor = actor;
        this.clientAddress = clientAddress;
    }

    void stamp(long epochMilli) {
        this.timestamp = epochMilli;
    }

    void explain(String reason) {
        this.reason = reason;
    }
}
