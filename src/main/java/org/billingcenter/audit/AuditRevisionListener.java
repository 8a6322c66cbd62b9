package org.billingcenter.audit;

import org.billingcenter.shared.tenancy.TenantContext;
import org.hibernate.envers.RevisionListener;

/** Stamps each revision with who made the change, for which tenant, from where, and why. */
class AuditRevisionListener implements RevisionListener {

    @Override
    public void newRevision(Object revisionEntity) {
        AuditRevision revision = (AuditRevision) revisionEntity;
        Stamp stamp = Stamp.now();
        revision.stamp(stamp.epochMilli());
        revision.record(stamp.tenant(), stamp.by().actor(), stamp.by().clientAddress());
        if (stamp.by().reason() != null) {
            revision.explain(stamp.by().reason());
        }
    }

    /** What every revision is stamped with, whether Envers writes it or a service writes it with its own audit rows. */
    record Stamp(long epochMilli, String tenant, Provenance by) {

        static Stamp now() {
            return new Stamp(RevisionClock.nowMillis(), TenantContext.current().orElse(null), Provenance.ofCaller());
        }
    }
}
