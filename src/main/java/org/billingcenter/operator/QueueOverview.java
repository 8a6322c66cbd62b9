package org.billingcenter.operator;

/** What waits for the tenant's staff right now, queue by queue. */
public record QueueOverview(long ticketsAwaitingStaff, long ticketsUnassigned, long ticketsMine, long ticketsWaitingForCustomer,
        long remittancesToConfirm, long verificationsToReview, long invoicesToIssue) {
}
