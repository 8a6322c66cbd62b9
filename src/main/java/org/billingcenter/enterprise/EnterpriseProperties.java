package org.billingcenter.enterprise;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Enterprise billing settings: when the invoicing and overdue runs go, how many days a contract
 * invoice is payable, the largest report an invoice e-mail attaches, and the site traffic API (each tenant's key, from the environment in
 * production, and the largest body one request may carry).
 */
@ConfigurationProperties("billing.enterprise")
public record EnterpriseProperties(@DefaultValue("0 40 * * * *") String invoicingCron, @DefaultValue("0 15 6 * * *") String overdueCron,
        @DefaultValue("30") int paymentDays, @DefaultValue Traffic traffic, @DefaultValue("5242880") int attachmentMaxBytes) {

    public record Traffic(Map<String, String> apiKeys, @DefaultValue("1048576") int maxBytes) {

        public Traffic {
            apiKeys = apiKeys == null ? Map.of() : Map.copyOf(apiKeys);
        }
    }
}
