package org.billingcenter.shared.money;

import java.math.BigInteger;
import java.util.Locale;

/**
 * An ISO 11649 creditor reference ("RF", two check digits, then up to 21 letters and digits): the
 * reference a payer quotes on a bank transfer, which banks accept in the structured reference
 * field and whose check digits catch a mistyped character.
 */
public final class CreditorReference {

    private CreditorReference() {
    }

    /** The reference for a document's own number ({@code INV-2026-0001} → {@code RF83 INV2 0260 001}), printed in groups of four. */
    public static String of(String documentNumber) {
        String body = documentNumber.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        if (body.isEmpty() || body.length() > 21) {
            throw new IllegalArgumentException("a creditor reference carries 1-21 letters or digits: " + documentNumber);
        }
        int check = 98 - mod97(body + "RF00");
        String compact = "RF" + String.format(Locale.ROOT, "%02d", check) + body;
        return compact.replaceAll("(.{4})(?!$)", "$1 ");
    }

    /** True when the reference is well formed and its check digits are right (spaces and case ignored). */
    public static boolean isValid(String reference) {
        String compact = reference == null ? "" : reference.replace(" ", "").toUpperCase(Locale.ROOT);
        return compact.matches("RF[0-9]{2}[A-Z0-9]{1,21}") && mod97(compact.substring(4) + compact.substring(0, 4)) == 1;
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
