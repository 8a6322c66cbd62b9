/**
 * Outgoing e-mail. Features put messages in a tenant's outbox inside their own transaction, so a
 * message exists exactly when the change that prompted it was committed; a scheduled delivery
 * hands pending messages to the {@link org.billingcenter.mail.MailSender} and records the outcome.
 */
package org.billingcenter.mail;
