package org.billingcenter.shared.identity;

import java.util.regex.Pattern;

/**
 * The plausibility check every typed e-mail address gets (the real check is the mail that must
 * arrive). The length is checked before the pattern runs, and the pattern cannot backtrack
 * badly: the local part and each label of the domain are runs of characters that exclude the
 * separators around them, so there is exactly one way to match any text, in linear time.
 */
public final class EmailAddresses {

    /** The longest address SMTP carries (RFC 5321: a 254-character path without its angle brackets). */
    public static final int MAX_LENGTH = 254;

    private static final Pattern PLAUSIBLE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]{1,63}(?:\\.[^@\\s.]{1,63})+");

    private EmailAddresses() {
    }

    public static boolean isPlausible(String address) {
        return address != null && address.length() <= MAX_LENGTH && PLAUSIBLE.matcher(address).matches();
    }
}
