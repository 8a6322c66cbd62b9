/**
 * Support tickets. A customer opens a ticket of one of the tenant's ticket types, with details
 * and checked attachments, and talks with the tenant's staff in a reply thread until it is
 * resolved and closed. {@link org.billingcenter.ticket.TicketService} is the customer's side and
 * only ever sees the caller's own account; {@link org.billingcenter.ticket.TicketDeskService} is
 * the staff's side (queue, assignment, replies, internal notes, status), audited with a reason.
 */
package org.billingcenter.ticket;
