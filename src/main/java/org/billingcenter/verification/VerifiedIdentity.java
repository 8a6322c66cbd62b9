package org.billingcenter.verification;

/**
 * The identity in force for an account: invoices carry its name as their title, an enterprise's
 * number as tax id. International verifications also carry the country and billing address,
 * which invoice requests start from.
 */
public record VerifiedIdentity(VerificationKind kind, String name, String number, String country, String billingAddress) {
}
