package org.billingcenter.notification;

import java.time.Instant;

/** An outbox message as an operator reads it on the outbox page. */
public record OutboxEntry(long id, OutboxChannel channel, String recipient, String subject, String body, OutboxStatus status, int attempts,
        String lastError, Instant createdAt, Instant sentAt) {
}
