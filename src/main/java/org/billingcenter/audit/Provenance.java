package org.billingcenter.audit;

import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.SignedInUser;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Who is making a change, from where, and why, as the change history records it. Read on the
 * caller's thread: work that is carried out on another thread (a batch run by another caller)
 * takes it along.
 */
public record Provenance(String actor, String clientAddress, String reason) {

    /** The actor recorded for changes no signed-in person made (jobs, gateways, start-up). */
    public static final String SYSTEM_ACTOR = "system";

    public static Provenance ofCaller() {
        return new Provenance(CurrentUser.get().map(SignedInUser::email).orElse(SYSTEM_ACTOR), requestAddress(),
                AuditTrail.current().orElse(null));
    }

    private static String requestAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest().getRemoteAddr();
        }
        return null;
    }
}
