package org.billingcenter.security;

import java.util.Optional;

import org.billingcenter.account.AccountService;
import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SignedInUserPrincipal;
import org.billingcenter.shared.tenancy.TenantContext;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Brings a session's sign-in up to date with the database at the start of each request. A
 * Vaadin session lives long and keeps its security context; without this, a member who was
 * demoted or removed would keep the roles they signed in with until they signed out, and a
 * session the person signed out from elsewhere would go on.
 */
@Component
public class AccessRefresh {

    private final AccountService accounts;

    AccessRefresh(AccountService accounts) {
        this.accounts = accounts;
    }

    /**
     * Replaces the context's authentication when the person's account or roles changed, and
     * clears it when they can no longer sign in. Returns whether anything changed.
     */
    public boolean refresh() {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication authentication = context.getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof SignedInUserPrincipal principal)
                || principal.user().userId() == 0) {
            return false;
        }
        Optional<String> tenant = TenantContext.current();
        if (tenant.isEmpty()) {
            return false;
        }
        // A sign-in is only ever good at the tenant it was made at.
        Optional<SignedInUser> now = tenant.get().equals(principal.user().tenantId()) ? accounts.reloadSignedIn() : Optional.empty();
        // A newer generation means the person signed out their other sessions (or changed their
        // password) since this one began: it ends, on this node as on any other.
        if (now.isEmpty() || now.get().sessionGeneration() > principal.user().sessionGeneration()) {
            context.setAuthentication(null);
            return true;
        }
        if (now.get().equals(principal.user())) {
            return false;
        }
        CurrentUser.replace(now.get());
        return true;
    }
}
