package org.billingcenter.ticket;

import java.util.List;

/** A ticket with its thread, oldest line first, as its reader may see it. */
public record TicketDetail(TicketSummary ticket, List<TicketMessage> thread) {
}
