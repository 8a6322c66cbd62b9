package org.billingcenter.verification;

import java.time.Instant;

/**
 * The account's verification as its members see it, numbers masked.
 *
 * @param verifiedName the name in force (an upgrade may wait for review meanwhile), or null
 * @param country the submission's ISO country code, international verifications only
 */
public record MyVerification(VerificationStatus status, VerificationKind kind, String name, String maskedNumber,
        String rejectionReason, Instant submittedAt, VerificationKind verifiedKind, String verifiedName, String country,
        String billingAddress) {

    static final MyVerification NONE = new MyVerification(VerificationStatus.UNVERIFIED, null, null, null, null, null, null, null, null,
            null);

    public boolean verified() {
        return verifiedName != null;
    }

    /** Whether an individual submission would be refused because the account is, or asked to be, an enterprise. */
    public boolean enterpriseOnly() {
        return kind == VerificationKind.ENTERPRISE || verifiedKind == VerificationKind.ENTERPRISE;
    }
}
