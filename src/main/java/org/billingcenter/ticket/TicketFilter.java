package org.billingcenter.ticket;

import java.time.LocalDate;
import java.util.Set;

/**
 * Which tickets a list shows: created between two days (inclusive, in the tenant's time zone),
 * containing a keyword in the subject or the thread, in some statuses (none chosen: all) and of
 * one type (null: all).
 */
public record TicketFilter(LocalDate from, LocalDate to, String keyword, Set<TicketStatus> statuses, String type) {

    public TicketFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
        keyword = keyword == null || keyword.isBlank() ? null : keyword.strip();
        type = type == null || type.isBlank() ? null : type;
    }

    public static TicketFilter all() {
        return new TicketFilter(null, null, null, Set.of(), null);
    }
}
