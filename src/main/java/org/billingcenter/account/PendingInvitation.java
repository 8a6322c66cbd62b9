package org.billingcenter.account;

import java.time.Instant;

import org.billingcenter.shared.identity.Role;

/** An invitation as the team page lists it. */
public record PendingInvitation(long id, String email, Role role, InvitationStatus status, String invitedBy,
        Instant sentAt, Instant expiresAt) {
}
