package org.billingcenter.verification;

import java.time.Instant;

/**
 * A submission waiting for the tenant's staff; they see the full number to compare it with the
 * licence, or for an international one with the country and billing address.
 */
public record VerificationReview(long id, long accountId, VerificationKind kind, String name, String idNumber,
        boolean hasLicence, Instant submittedAt, String submittedBy, String country, String billingAddress) {
}
