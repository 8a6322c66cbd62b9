package org.billingcenter.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Notification settings. The outbox page shows the e-mails the portal sent, which is what a
 * developer or a test environment wants; production turns it off (customer mail is private).
 *
 * @param outboxViewable whether operators may read the outbox in the portal
 * @param maxAttempts    how often the outbox tries one message before it gives up
 * @param from           the sender address of the portal's e-mail, when a mail server sends it
 */
@ConfigurationProperties("billing.notification")
public record NotificationProperties(Boolean outboxViewable, Integer maxAttempts, String from) {

    public NotificationProperties {
        outboxViewable = outboxViewable == null || outboxViewable;
        maxAttempts = maxAttempts == null ? 5 : maxAttempts;
        from = from == null || from.isBlank() ? "no-reply@billing-center.localhost" : from.strip();
    }
}
