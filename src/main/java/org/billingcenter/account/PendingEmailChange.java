package org.billingcenter.account;

import java.time.Instant;

/** A change of sign-in e-mail waiting for its two codes. */
public record PendingEmailChange(String newEmail, Instant expiresAt, int attemptsLeft) {
}
