package org.billingcenter.wallet;

import java.security.SecureRandom;

/**
 * Stored-value card numbers: 16 digits, the last a Luhn check digit, so a mistyped number is
 * refused before anyone looks it up. New numbers start with 8 and are drawn from a secure random
 * source, so one card's number tells nothing about another's; numbers of cards bought before
 * numbering (made of their id by the migration) start with 9.
 */
public final class CardNumbers {

    private static final SecureRandom RANDOM = new SecureRandom();

    private CardNumbers() {
    }

    static String generate() {
        StringBuilder digits = new StringBuilder("8");
        for (int i = 0; i < 14; i++) {
            digits.append(RANDOM.nextInt(10));
        }
        return digits.append(checkDigit(digits)).toString();
    }

    /** Whether the text is a card number whose check digit matches (spaces allowed, as it is shown). */
    public static boolean isValid(String number) {
        String digits = number == null ? "" : number.replace(" ", "");
        return digits.matches("[0-9]{16}") && checkDigit(digits.substring(0, 15)) == digits.charAt(15) - '0';
    }

    /** As people read it: four groups of four. */
    public static String formatted(String number) {
        if (number == null || number.length() != 16) {
            return number;
        }
        return number.substring(0, 4) + " " + number.substring(4, 8) + " " + number.substring(8, 12) + " " + number.substring(12);
    }

    static int checkDigit(CharSequence payload) {
        int sum = 0;
        for (int i = 0; i < payload.length(); i++) {
            int digit = payload.charAt(payload.length() - 1 - i) - '0';
            // The digit next to the check digit, and every second one leftwards, is doubled.
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }
}
