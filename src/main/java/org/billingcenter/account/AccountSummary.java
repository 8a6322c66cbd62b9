package org.billingcenter.account;

import java.util.Currency;

import org.billingcenter.tenant.TenantDefinition.AccountKind;

public record AccountSummary(long id, AccountKind kind, Currency currency, String enterpriseName) {
}
