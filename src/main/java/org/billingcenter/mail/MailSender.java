package org.billingcenter.mail;

/**
 * Transports one e-mail (SMTP, a provider's API...). Throwing leaves the message pending for a
 * later attempt, up to {@link OutboxMessage#MAX_ATTEMPTS}.
 */
public interface MailSender {

    void deliver(OutgoingMail mail);
}
