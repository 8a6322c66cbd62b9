package org.billingcenter.wallet;

import java.security.SecureRandom;

/**
 * The reference a recharge order is known by at its payment provider: the order's id and a random
 * tail, so that it is never guessed and never repeats even if a database is started afresh.
 * Letters and digits only, at most 32 characters: every provider takes it as its merchant order number.
 */
final class OrderReference {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();

    private OrderReference() {
    }

    static String next(long orderId) {
        return next('R', orderId);
    }

    /** A reference of another kind of payment ({@link PaymentPurpose}), told apart by its first letter. */
    static String next(char prefix, long id) {
        StringBuilder reference = new StringBuilder().append(prefix).append(id).append('X');
        for (int i = 0; i < 12; i++) {
            reference.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return reference.toString();
    }
}
