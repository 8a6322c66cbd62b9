package org.billingcenter.account;

import java.time.Instant;

/**
 * A change of phone number waiting for its two codes. The first code went to the current phone,
 * or to the sign-in e-mail when there was no phone yet.
 */
public record PendingPhoneChange(String newPhone, Instant expiresAt, int attemptsLeft, boolean oldCodeByEmail) {
}
