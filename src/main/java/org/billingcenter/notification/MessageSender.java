package org.billingcenter.notification;

import java.util.List;

/**
 * Hands one e-mail to whatever carries mail. The outbox calls it after the change that wrote the
 * message has committed; throwing means "not sent, try again later".
 */
public interface MessageSender {

    void send(String to, String subject, String body);

    /**
     * An e-mail with files. A carrier that cannot attach refuses (the outbox retries, then shows the
     * message as failed) rather than delivering the e-mail without what it announces.
     */
    default void send(String to, String subject, String body, List<MailAttachment> attachments) {
        if (!attachments.isEmpty()) {
            throw new UnsupportedOperationException("This mail carrier cannot send attachments");
        }
        send(to, subject, body);
    }
}
