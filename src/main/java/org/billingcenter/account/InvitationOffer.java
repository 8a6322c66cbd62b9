package org.billingcenter.account;

import org.billingcenter.shared.identity.Role;

/**
 * What the person following an invitation link is shown: which account, which role, and
 * whether they already have a sign-in here (then they confirm with their password).
 */
public record InvitationOffer(String email, String accountName, Role role, boolean existingUser) {
}
