package org.billingcenter.account;

import java.time.Instant;

import org.billingcenter.tenant.TenantDefinition.SettlementMethod;

/**
 * A cloud account waiting for the tenant's staff, with what they need to check it against the
 * marketplace: who bound it, and whether another account claims the same subscription too.
 */
public record CloudAccountReview(long id, long accountId, SettlementMethod provider, String cloudAccountId, String subscriptionId,
        String boundBy, Instant boundAt, boolean claimedElsewhere) {
}
