package org.billingcenter.notification;

import java.time.Instant;

/** A notification as the account's members read it. {@code kind} is a translation key suffix, e.g. TICKET_REPLY. */
public record AccountNotification(long id, String kind, String text, Instant createdAt, boolean read) {
}
