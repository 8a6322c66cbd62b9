package org.billingcenter.usage;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Usage intake: the API key of each tenant (from the environment in production; the development
 * defaults are demo keys), the largest batch one request may carry, and the most bytes one
 * request body or uploaded file may hold (larger ones are refused before they are read).
 */
@ConfigurationProperties("billing.usage")
public record UsageProperties(Map<String, String> apiKeys, @DefaultValue("50000") int maxBatch,
        @DefaultValue("16MB") DataSize maxBytes) {

    public UsageProperties {
        apiKeys = apiKeys == null ? Map.of() : Map.copyOf(apiKeys);
    }
}
