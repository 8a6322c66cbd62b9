package org.billingcenter.account;

import java.time.Instant;

import org.billingcenter.tenant.TenantDefinition.SettlementMethod;

/** A confirmed cloud subscription as staff see it: still in order, or abnormal since when (and locking when). */
public record RunningSubscription(long id, long accountId, SettlementMethod provider, String cloudAccountId, String subscriptionId,
        CloudAccountStatus status, Instant abnormalSince, Instant locksAt) {
}
