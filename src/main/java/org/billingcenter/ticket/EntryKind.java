package org.billingcenter.ticket;

/** What a line of a ticket's thread is. Internal notes are for staff only and never reach the customer. */
public enum EntryKind {
    MESSAGE, INTERNAL_NOTE, STATUS_CHANGE
}
