package org.billingcenter.account;

import org.billingcenter.tenant.TenantDefinition.SettlementMethod;

/**
 * A cloud subscription closed or expired: what settles through it can no longer be billed there
 * (the workspace feature locks the workspaces settled on it, as arrears do).
 */
public record CloudSubscriptionEnded(String tenantId, long accountId, long cloudAccountId, SettlementMethod provider,
        CloudAccountStatus status) {
}
