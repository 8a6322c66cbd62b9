package org.billingcenter.account;

import org.billingcenter.notification.Notifications;
import org.billingcenter.notification.Outbox;
import org.billingcenter.shared.i18n.Message;
import org.springframework.stereotype.Component;

/**
 * Tells an account something about its money twice: an in-app notice for everyone who opens the
 * portal, and an e-mail to its billing contact for those who do not. In the caller's transaction,
 * so a notice goes out only with the change it announces. Jobs call it as the tenant's system
 * operator; it checks nothing itself. The notice is kept as a message, said in each reader's language
 * when read; the e-mail is written in the contact's language when sent.
 */
@Component
public class AccountNotices {

    private final Notifications notifications;
    private final Outbox outbox;
    private final AccountService accounts;
    private final Recipients recipients;

    AccountNotices(Notifications notifications, Outbox outbox, AccountService accounts, Recipients recipients) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.accounts = accounts;
        this.recipients = recipients;
    }

    public void tell(long accountId, String kind, Message subject, Message text) {
        notifications.notify(accountId, kind, text);
        mail(accountId, subject, text);
    }

    /** The e-mail alone, where the in-app notice is left to the feature that made the change. */
    public void mail(long accountId, Message subject, Message text) {
        accounts.billingContact(accountId).ifPresent(to -> {
            var language = recipients.languageOf(to);
            outbox.send(to, subject.in(language), text.in(language));
        });
    }
}
