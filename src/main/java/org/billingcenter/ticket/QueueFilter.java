package org.billingcenter.ticket;

/** The staff's ticket queue: the customer list's filter, plus whose tickets and (optionally) one account's. */
public record QueueFilter(TicketFilter tickets, Assignment assignment, Long accountId) {

    public enum Assignment { ANYONE, MINE, UNASSIGNED }

    public QueueFilter {
        tickets = tickets == null ? TicketFilter.all() : tickets;
        assignment = assignment == null ? Assignment.ANYONE : assignment;
    }

    /** What waits for staff: open and in-progress tickets, by anyone. */
    public static QueueFilter awaitingStaff() {
        return new QueueFilter(new TicketFilter(null, null, null, TicketStatus.AWAITING_STAFF, null), Assignment.ANYONE, null);
    }
}
