package org.billingcenter.account;

import org.billingcenter.shared.identity.Role;

/** One person on the account's team. {@code id} is the membership's, which team commands take. */
public record TeamMember(long id, String email, String displayName, Role role, boolean you) {
}
