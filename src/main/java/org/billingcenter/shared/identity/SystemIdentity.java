package org.billingcenter.shared.identity;

import java.util.Set;
import java.util.function.Supplier;

import org.billingcenter.shared.tenancy.TenantContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs background work (start-up data, scheduled jobs) inside one tenant as someone: the tenant's
 * own system operator, or a given user. Services then apply exactly the rules they apply to
 * people, and the audit trail names who acted.
 */
public final class SystemIdentity {

    public static final String SYSTEM_EMAIL = "system";

    private SystemIdentity() {
    }

    public static <T> T callAsOperator(String tenantId, Supplier<T> work) {
        SignedInUser system = new SignedInUser(0, tenantId, SYSTEM_EMAIL, "System", null, Set.of(Role.OPERATOR), null, 0);
        return callAs(system, work);
    }

    public static void runAsOperator(String tenantId, Runnable work) {
        callAsOperator(tenantId, () -> {
            work.run();
            return null;
        });
    }

    public static <T> T callAs(SignedInUser user, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        SignedInUserPrincipal principal = new SignedInUserPrincipal(user, null, true);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return TenantContext.callAs(user.tenantId(), work);
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void runAs(SignedInUser user, Runnable work) {
        callAs(user, () -> {
            work.run();
            return null;
        });
    }
}
