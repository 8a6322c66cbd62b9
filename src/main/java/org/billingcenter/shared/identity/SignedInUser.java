package org.billingcenter.shared.identity;

import java.util.Locale;
import java.util.Set;

/**
 * Who is signed in, as every feature needs to know it: the user, the tenant they belong to, the
 * billing account they act for (none for tenant staff) and their roles there. The session
 * generation is the one of the user's sign-ins this session belongs to: when the user signs out
 * their other sessions the database holds a newer one, and sessions with an older one end.
 */
public record SignedInUser(long userId, String tenantId, String email, String displayName, Long accountId,
        Set<Role> roles, Locale preferredLocale, long sessionGeneration) {

    /** This sign-in moved to another generation of sessions (it is the one that stays). */
    public SignedInUser withSessionGeneration(long generation) {
        return new SignedInUser(userId, tenantId, email, displayName, accountId, roles, preferredLocale, generation);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
