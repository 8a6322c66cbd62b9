package org.billingcenter.shared.identity;

import java.util.Locale;
import java.util.Set;

/**
 * Who is signed in, as every feature needs to know it: the user, the tenant they belong to, the
 * billing account they act for (none for tenant staff) and their roles there.
 */
public record SignedInUser(long userId, String tenantId, String email, String displayName, Long accountId,
        Set<Role> roles, Locale preferredLocale) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
