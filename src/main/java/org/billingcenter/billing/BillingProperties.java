package org.billingcenter.billing;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Billing runs: the day of the month bills are issued for the month before (per tenant, default
 * the 3rd), how many charges share a wallet transaction in the daily run, and when the jobs run
 * ({@code -} turns them off).
 */
@ConfigurationProperties("billing.bill-run")
public record BillingProperties(@DefaultValue("3") int issueDay, Map<String, Integer> issueDays,
        @DefaultValue("200") int chargeBatch, @DefaultValue("0 20 * * * *") String jobCron) {

    public BillingProperties {
        issueDays = issueDays == null ? Map.of() : Map.copyOf(issueDays);
    }

    public int issueDayOf(String tenantId) {
        return issueDays.getOrDefault(tenantId, issueDay);
    }
}
