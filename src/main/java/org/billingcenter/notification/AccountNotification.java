package org.billingcenter.notification;

import java.time.Instant;
import java.util.Locale;

import org.billingcenter.shared.i18n.Message;

/**
 * A notification as the account's members read it. {@code kind} is a translation key suffix, e.g.
 * TICKET_REPLY; {@code text} is kept as written (a {@link Message} or, in older rows, plain text).
 */
public record AccountNotification(long id, String kind, String text, Instant createdAt, boolean read) {

    /** The text in the reader's language. */
    public String text(Locale locale) {
        return Message.render(text, locale);
    }
}
