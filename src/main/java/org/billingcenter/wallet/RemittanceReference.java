package org.billingcenter.wallet;

import java.math.BigInteger;
import java.util.Locale;
import java.util.Optional;

/**
 * The reference a payer quotes on a bank transfer so the operator can tell which declared
 * remittance it pays: an ISO 11649 creditor reference ("RF", two check digits, then the order's
 * number), which banks accept in the structured reference field and whose check digits catch a
 * mistyped character. Unique to the order, because the order's id is.
 */
public final class RemittanceReference {

    private static final int DIGITS = 8;

    private RemittanceReference() {
    }

    /** E.g. {@code RF47 0000 0123}: printed in groups of four, as banks print it. */
    public static String of(long orderId) {
        String body = String.format(Locale.ROOT, "%0" + DIGITS + "d", orderId);
        int check = 98 - mod97(body + "RF00");
        String compact = "RF" + String.format(Locale.ROOT, "%02d", check) + body;
        return compact.replaceAll("(.{4})(?!$)", "$1 ");
    }

    /** The order a reference names, if it is a well-formed reference with correct check digits (spaces and case ignored). */
    public static Optional<Long> orderIdOf(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        String compact = reference.replace(" ", "").toUpperCase(Locale.ROOT);
        if (!compact.matches("RF[0-9]{2}[0-9]{" + DIGITS + ",18}") || mod97(compact.substring(4) + compact.substring(0, 4)) != 1) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(compact.substring(4)));
    }

    /** ISO 7064 MOD 97-10 over letters as numbers (A = 10 … Z = 35). */
    private static int mod97(String text) {
        StringBuilder digits = new StringBuilder();
        for (char c : text.toCharArray()) {
            digits.append(Character.getNumericValue(c));
        }
        return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
    }
}
