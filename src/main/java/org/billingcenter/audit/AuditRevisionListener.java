package org.billingcenter.audit;

import org.billingcenter.shared.tenancy.TenantContext;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with who made the change, for which tenant, from where, and why. */
class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        AuditRevision revision = (AuditRevision) revisionEntity;
        revision.stamp(RevisionClock.nowMillis());
        Provenance by = Provenance.ofCaller();
        revision.record(TenantContext.current().orElse(null), by.actor(), by.clientAddress());
        if (by.reason() != null) {
            revision.explain(by.reason());
        }
    }
}
