package org.billingcenter.usage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.springframework.stereotype.Component;

/** Checks a request's API key against its tenant's, in constant time. A tenant with no key takes no usage over HTTP. */
@Component
class UsageApiKeys {

    private final UsageProperties settings;

    UsageApiKeys(UsageProperties settings) {
        this.settings = settings;
    }

    boolean accepts(String tenantId, String presented) {
        String expected = settings.apiKeys().get(tenantId);
        if (expected == null || expected.isBlank() || presented == null) {
            return false;
        }
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), presented.getBytes(StandardCharsets.UTF_8));
    }
}
