package org.billingcenter.workspace;

import org.billingcenter.tenant.TenantDefinition.SettlementMethod;

/** A settlement method a workspace may move to: the wallet (BILLING_CENTER) or one active cloud account. */
public record SettlementOption(SettlementMethod method, Long cloudAccountId, String cloudAccountName) {
}
