package org.billingcenter.verification;

/** The identity in force for an account: invoices carry its name as their title, an enterprise's number as tax id. */
public record VerifiedIdentity(VerificationKind kind, String name, String number) {
}
