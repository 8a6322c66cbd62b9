package org.billingcenter.account;

import java.util.Locale;

import org.billingcenter.shared.error.BusinessRuleException;

/** Length over complexity rules: long passphrases are both stronger and easier to remember. */
final class PasswordPolicy {

    static final int MIN_LENGTH = 10;
    static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    static void check(String password, String email) {
        if (password == null || password.length() < MIN_LENGTH || password.length() > MAX_LENGTH) {
            throw new BusinessRuleException("password.length", MIN_LENGTH, MAX_LENGTH);
        }
        if (password.strip().toLowerCase(Locale.ROOT).equals(email.strip().toLowerCase(Locale.ROOT))) {
            throw new BusinessRuleException("password.sameAsEmail");
        }
    }
}
