package org.billingcenter.shared.identity;

import java.util.Optional;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
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

    /** The billing account the user acts for; tenant staff have none. */
    public static long requireAccountId() {
        Long accountId = require().accountId();
        if (accountId == null) {
            throw new AccessDeniedException("This user does not act for a billing account");
        }
        return accountId;
    }
}
