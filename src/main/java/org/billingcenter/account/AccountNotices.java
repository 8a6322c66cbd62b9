package org.billingcenter.account;

import org.billingcenter.notification.Notifications;
import org.billingcenter.notification.Outbox;
import org.springframework.stereotype.Component;

/**
 * Tells an account something about its money twice: an in-app notice for everyone who opens the
 * portal, and an e-mail to its billing contact for those who do not. In the caller's transaction,
 * so a notice goes out only with the change it announces. Jobs call it as the tenant's system
 * operator; it checks nothing itself.
 */
@Component
public class AccountNotices {

    private final Notifications notifications;
    private final Outbox outbox;
    private final AccountService accounts;

    AccountNotices(Notifications notifications, Outbox outbox, AccountService accounts) {
        this.notifications = notifications;
        this.outbox = outbox;
        this.accounts = accounts;
    }

    public void tell(long accountId, String kind, String subject, String text) {
        notifications.notify(accountId, kind, text);
        accounts.billingContact(accountId).ifPresent(to -> outbox.send(to, subject, text));
    }
}
