package org.billingcenter.verification;

/** Who the account says it is; an enterprise verification never goes back to individual. */
public enum VerificationKind { INDIVIDUAL, ENTERPRISE }
