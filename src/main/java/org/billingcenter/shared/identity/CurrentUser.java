package org.billingcenter.shared.identity;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Reads the signed-in user from the security context; services use it to scope their work. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<SignedInUser> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUserPrincipal principal) {
            return Optional.of(principal.user());
        }
        return Optional.empty();
    }

    public static SignedInUser require() {
        return get().orElseThrow(() -> new AccessDeniedException("Sign in first"));
    }

    /**
     * Puts the user as they are now in place of the signed-in one, in the security context the
     * session keeps, so the session's next request carries it. The request's details stay.
     */
    public static void replace(SignedInUser user) {
        SecurityContext context = SecurityContextHolder.getContext();
        Authentication previous = context.getAuthentication();
        SignedInUserPrincipal principal = new SignedInUserPrincipal(user, null, true);
        var replacement = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        if (previous != null) {
            replacement.setDetails(previous.getDetails());
        }
        context.setAuthentication(replacement);
    }

    /** The billing account the user acts for; tenant staff have none. */
    public static long requireAccountId() {
        Long accountId = require().accountId();
        if (accountId == null) {
            throw new AccessDeniedException("This user does not act for a billing account");
        }
        return accountId;
    }
}
