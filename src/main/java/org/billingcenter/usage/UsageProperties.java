package org.billingcenter.usage;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Usage intake: the API key of each tenant (from the environment in production; the development
 * defaults are demo keys) and the largest batch one request may carry.
 */
@ConfigurationProperties("billing.usage")
public record UsageProperties(Map<String, String> apiKeys, @DefaultValue("50000") int maxBatch) {

    public UsageProperties {
        apiKeys = apiKeys == null ? Map.of() : Map.copyOf(apiKeys);
    }
}
