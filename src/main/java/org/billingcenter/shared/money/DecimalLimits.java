package org.billingcenter.shared.money;

import java.math.BigDecimal;

/**
 * Whether a number someone typed or sent is of a sane size, answered from its representation
 * alone. {@code 1e999999999} is one digit with an exponent: harmless to hold, but any arithmetic
 * that aligns it with an ordinary amount (adding, comparing scales, {@code setScale}) expands it to
 * a billion digits. Every typed or received amount passes here before any arithmetic.
 */
public final class DecimalLimits {

    /** More fractional digits than this are refused unread (no one means 0.000…0001 with 200 zeros). */
    private static final int ABSURD_SCALE = 200;

    private DecimalLimits() {
    }

    /** At most {@code maxIntegerDigits} digits before the decimal point. */
    public static boolean withinIntegerDigits(BigDecimal value, int maxIntegerDigits) {
        // precision - scale is the number of digits before the point (negative for 0.00x): no expansion.
        return value.signum() == 0 || (long) value.precision() - value.scale() <= maxIntegerDigits;
    }

    /** At most {@code maxDecimals} digits after the decimal point, trailing zeros aside. */
    public static boolean withinDecimals(BigDecimal value, int maxDecimals) {
        if (value.scale() <= maxDecimals) {
            return true;
        }
        return value.scale() <= ABSURD_SCALE && value.stripTrailingZeros().scale() <= maxDecimals;
    }

    /** A typed text short enough to be read as a number at all (reading a long one costs time too). */
    public static boolean shortEnough(String text) {
        return text.length() <= 64;
    }
}
