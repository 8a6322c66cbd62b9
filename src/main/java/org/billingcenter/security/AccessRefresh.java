package org.billingcenter.security;

import java.util.Optional;

import org.billingcenter.account.AccountService;
import org.billingcenter.shared.identity.SignedInUser;
import org.billingcenter.shared.identity.SignedInUserPrincipal;
import org.billingcenter.shared.tenancy.TenantContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Brings a session's sign-in up to date with the database at the start of each request. A
 * Vaadin session lives long and keeps its security context; without this, a member who was
 * demoted or removed would keep the roles they signed in with until they signed out.
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
        if (now.isEmpty()) {
            context.setAuthentication(null);
            return true;
        }
        if (now.get().equals(principal.user())) {
            return false;
        }
        SignedInUserPrincipal updated = new SignedInUserPrincipal(now.get(), null, true);
        var replacement = UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities());
        replacement.setDetails(authentication.getDetails());
        context.setAuthentication(replacement);
        return true;
    }
}
