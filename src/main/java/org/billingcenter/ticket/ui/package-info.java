/**
 * The support screens: the customer's ticket list and ticket page, and the staff's ticket page
 * and queue, which the operator console embeds. Everything a person typed is shown as text,
 * never as markup. Views only lay out, call the ticket services and translate their refusals.
 */
@org.springframework.modulith.NamedInterface("ui")
package org.billingcenter.ticket.ui;
