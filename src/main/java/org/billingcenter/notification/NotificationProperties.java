package org.billingcenter.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Notification settings. The outbox page shows the e-mails the portal sent, which is what a
 * developer or a test environment wants; production turns it off (customer mail is private).
 *
 * @param outboxViewable whether operators may read the outbox in the portal
 * @param maxAttempts    how often the outbox tries one message before it gives up
 */
@ConfigurationProperties("billing.notification")
public record NotificationProperties(Boolean outboxViewable, Integer maxAttempts) {

    public NotificationProperties {
        outboxViewable = outboxViewable == null || outboxViewable;
        maxAttempts = maxAttempts == null ? 5 : maxAttempts;
    }
}
