package org.billingcenter.ticket;

/** The counts the operator console shows on its ticket queue. */
public record QueueCounts(long awaitingStaff, long unassigned, long mine, long waitingForCustomer) {
}
