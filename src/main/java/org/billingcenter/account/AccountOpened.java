package org.billingcenter.account;

import java.util.Currency;

import org.billingcenter.tenant.TenantDefinition.AccountKind;

/** Published inside the sign-up transaction, so features that keep per-account state start it atomically. */
public record AccountOpened(long accountId, AccountKind kind, Currency currency) {
}
