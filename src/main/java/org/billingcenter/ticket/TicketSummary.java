package org.billingcenter.ticket;

import java.time.Instant;

/** A ticket as lists show it: where it stands and when it moved. {@code rating} is 1–5 stars, or null. */
public record TicketSummary(long id, long accountId, String type, String subject, TicketStatus status, String openedBy,
        String assignee, Instant createdAt, Instant updatedAt, Instant resolvedAt, Instant closedAt, Integer rating,
        String ratingComment) {
}
