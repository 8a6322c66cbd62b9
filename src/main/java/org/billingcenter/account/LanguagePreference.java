package org.billingcenter.account;

import org.billingcenter.shared.identity.CurrentUser;
import org.billingcenter.shell.LanguageChosen;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the language a signed-in person picks in the portal as theirs, so e-mails and texts sent to
 * them later, and their next sign-in on another device, use it too.
 */
@Component
class LanguagePreference {

    private final AccountService accounts;

    LanguagePreference(AccountService accounts) {
        this.accounts = accounts;
    }

    @EventListener
    void on(LanguageChosen chosen) {
        if (CurrentUser.get().isPresent()) {
            accounts.preferLocale(chosen.language());
        }
    }
}
