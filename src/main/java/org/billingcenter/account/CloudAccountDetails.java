package org.billingcenter.account;

import java.time.Instant;

import org.billingcenter.tenant.TenantDefinition.SettlementMethod;

/** A bound cloud account as lists and other features see it; the subscription id masked for display. */
public record CloudAccountDetails(long id, SettlementMethod provider, String cloudAccountId, String subscriptionId,
        CloudAccountStatus status, Instant boundAt) {

    public String maskedSubscription() {
        return subscriptionId.length() <= 6 ? "******" : subscriptionId.substring(0, 3) + "…" + subscriptionId.substring(subscriptionId.length() - 3);
    }
}
