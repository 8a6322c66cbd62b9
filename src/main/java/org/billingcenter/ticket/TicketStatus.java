package org.billingcenter.ticket;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/** A ticket's life: open → in progress → waiting for customer → resolved → closed. Closed is final. */
public enum TicketStatus {
    OPEN, IN_PROGRESS, WAITING_FOR_CUSTOMER, RESOLVED, CLOSED;

    /** The statuses in which the next move is the staff's. */
    public static final Set<TicketStatus> AWAITING_STAFF = Collections.unmodifiableSet(EnumSet.of(OPEN, IN_PROGRESS));

    /** What an operator may set by hand: OPEN only ever comes from the customer. */
    public static final Set<TicketStatus> SET_BY_STAFF =
            Collections.unmodifiableSet(EnumSet.of(IN_PROGRESS, WAITING_FOR_CUSTOMER, RESOLVED, CLOSED));

    public boolean isFinal() {
        return this == CLOSED;
    }
}
