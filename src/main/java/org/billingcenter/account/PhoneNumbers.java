package org.billingcenter.account;

import org.billingcenter.shared.error.BusinessRuleException;

/**
 * Phone numbers as the portal keeps them: in international form, an optional + and 6 to 15
 * digits (E.164 allows no more). People type spaces, dashes, dots and brackets; those go.
 */
public final class PhoneNumbers {

    private PhoneNumbers() {
    }

    /** The number in the form it is kept and texted to, or refused with what a phone number looks like. */
    public static String normalised(String raw) {
        // Length first: no phone number, however it is typed, runs to 40 characters.
        String compact = raw == null || raw.length() > 40 ? "" : raw.strip().replaceAll("[\\s().-]", "");
        if (!compact.matches("\\+?[0-9]{6,15}")) {
            throw new BusinessRuleException("validation.phone");
        }
        return compact;
    }

    /** Shown where someone may look over a shoulder: the first three and the last two digits. */
    public static String masked(String phone) {
        if (phone == null || phone.length() < 7) {
            return phone;
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 5) + phone.substring(phone.length() - 2);
    }
}
