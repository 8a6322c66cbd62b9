package org.billingcenter.notification;

/**
 * Hands one e-mail to whatever carries mail. The outbox calls it after the change that wrote the
 * message has committed; throwing means "not sent, try again later".
 */
public interface MessageSender {

    void send(String to, String subject, String body);
}
