package org.billingcenter.mail;

import java.time.Instant;

/** An e-mail as the sender transports it and as staff read the outbox. */
public record OutgoingMail(String tenantId, String to, String subject, String body, Instant createdAt, boolean sent) {
}
