package org.billingcenter.shared.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;

import org.hibernate.annotations.TenantId;
import org.hibernate.envers.Audited;

/**
 * Base of every tenant-owned entity. Hibernate fills the tenant on insert and filters every
 * query, find and association by it; the audit service filters history on the same property.
 */
@MappedSuperclass
@Audited
public abstract class TenantOwned {

    @TenantId
    @Column(name = "tenant_id", nullable = false, updatable = false, length = 40)
    private String tenantId;

    public String getTenantId() {
        return tenantId;
    }
}
