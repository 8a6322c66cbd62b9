package org.billingcenter.audit;

import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.tenancy.TenantContext;
import org.hibernate.envers.RevisionListener;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Stamps each revision with who made the change, for which tenant, from where, and why. */
class AuditRevisionListener implements RevisionListener {

    static final String SYSTEM_ACTOR = "system";

    @Override
    public void newRevision(Object revisionEntity) {
        AuditRevision revision = (AuditRevision) revisionEntity;
        revision.stamp(RevisionClock.nowMillis());
        revision.record(TenantContext.current().orElse(null),
                CurrentUser.get().map(SignedInUser::email).orElse(SYSTEM_ACTOR),
                clientAddress());
        AuditTrail.current().ifPresent(revision::explain);
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}
