package org.billingcenter.account;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.billingcenter.notification.Outbox;
import org.billingcenter.shared.i18n.Translations;
import org.billingcenter.tenant.TenantRegistry;
import org.springframework.stereotype.Component;

/**
 * The account lifecycle's e-mails and texts, written in the recipient's language (theirs if they
 * chose one the tenant offers, else the tenant's) and handed to the outbox as mail to visitors:
 * most go to people who are not signed in (yet).
 */
@Component
class AccountMail {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final Outbox outbox;
    private final TenantRegistry tenants;
    private final PortalLinks links;
    private final AccountProperties properties;
    private final Recipients recipients;

    AccountMail(Outbox outbox, TenantRegistry tenants, PortalLinks links, AccountProperties properties, Recipients recipients) {
        this.outbox = outbox;
        this.tenants = tenants;
        this.links = links;
        this.properties = properties;
        this.recipients = recipients;
    }

    void confirmEmail(User user, String token, Instant expiresAt) {
        mail(user, "mail.confirm", links.to("confirm-email/" + token), UTC.format(expiresAt),
                properties.unconfirmedKeptFor().toDays());
    }

    void signUpTried(User owner) {
        mail(owner, "mail.signUpTried", links.to("forgot-password"), "", 0);
    }

    void resetPassword(User user, String token, Instant expiresAt) {
        String link = links.to("reset-password/" + token);
        mail(user, "mail.reset", link, UTC.format(expiresAt), 0);
        if (user.getPhone() != null) {
            Locale locale = localeOf(user);
            String text = Translations.text(locale, "text.reset", brand(), UTC.format(expiresAt), link);
            outbox.sendTextToVisitor(user.getPhone(), Translations.text(locale, "mail.reset.subject", brand()), text);
        }
    }

    void passwordWasReset(User user) {
        mail(user, "mail.passwordReset", links.to("forgot-password"), "", 0);
    }

    private void mail(User to, String key, String link, String until, long days) {
        Locale locale = localeOf(to);
        String subject = Translations.text(locale, key + ".subject", brand());
        String body = Translations.text(locale, key + ".body", brand(), until, link, String.valueOf(days));
        outbox.sendToVisitor(to.getEmail(), subject, body);
    }

    private Locale localeOf(User user) {
        return recipients.languageOf(user);
    }

    private String brand() {
        return tenants.currentBranding().brandName();
    }
}
