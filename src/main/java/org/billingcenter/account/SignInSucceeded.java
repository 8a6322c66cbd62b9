package org.billingcenter.account;

/** Published by the sign-in check when a person signed in; the account feature keeps the record. */
public record SignInSucceeded(String tenantId, long userId, String address, String userAgent) {
}
