package org.billingcenter.ticket;

import java.time.Instant;
import java.util.List;

/**
 * One line of a ticket's thread as its reader sees it. {@code staff} says the author is the
 * tenant's staff; {@code newStatus} is set on status changes only.
 */
public record TicketMessage(long id, EntryKind kind, String author, boolean staff, String body, TicketStatus newStatus,
        Instant at, List<AttachmentInfo> attachments) {
}
