package org.billingcenter.verification;

/** Where the account's latest submission stands. */
public enum VerificationStatus { UNVERIFIED, PENDING, VERIFIED, REJECTED }
