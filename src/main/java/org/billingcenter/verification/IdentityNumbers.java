package org.billingcenter.verification;

import java.util.Locale;

/**
 * Format checks of Chinese identity numbers, each with its check character, and how they are shown.
 * A typing mistake is caught here, before an operator spends time on it.
 */
public final class IdentityNumbers {

    private static final int[] RESIDENT_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String RESIDENT_CHECK = "10X98765432";
    /** GB 32100-2015: the 31 characters of a unified social credit code (no I, O, Z, S, V). */
    private static final String CREDIT_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    private IdentityNumbers() {
    }

    public static String normalise(String number) {
        return number == null ? "" : number.strip().replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /** An 18-character PRC resident identity number (GB 11643): 17 digits and an ISO 7064 MOD 11-2 check. */
    public static boolean isResidentId(String raw) {
        String number = normalise(raw);
        if (!number.matches("\\d{17}[0-9X]")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (number.charAt(i) - '0') * RESIDENT_WEIGHTS[i];
        }
        return number.charAt(17) == RESIDENT_CHECK.charAt(sum % 11) && plausibleBirthDate(number.substring(6, 14));
    }

    /** An 18-character unified social credit code, which is also the enterprise's taxpayer id. */
    public static boolean isCreditCode(String raw) {
        String number = normalise(raw);
        if (number.length() != 18) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int value = CREDIT_CHARS.indexOf(number.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * CREDIT_WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return number.charAt(17) == CREDIT_CHARS.charAt(check);
    }

    /** Shows the first and last few characters only: enough to recognise, not enough to reuse. */
    public static String masked(String number) {
        if (number == null || number.length() < 8) {
            return number == null ? "" : "*".repeat(number.length());
        }
        return number.substring(0, 3) + "*".repeat(number.length() - 7) + number.substring(number.length() - 4);
    }

    private static boolean plausibleBirthDate(String yyyymmdd) {
        try {
            var date = java.time.LocalDate.parse(yyyymmdd, java.time.format.DateTimeFormatter.BASIC_ISO_DATE);
            return date.getYear() >= 1900;
        } catch (java.time.format.DateTimeParseException invalid) {
            return false;
        }
    }
}
