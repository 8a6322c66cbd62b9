package org.billingcenter.shared.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An amount of one currency. Immutable; the scale always follows the currency's minor unit, so
 * 1 and 1.00 CNY are the same amount, and arithmetic across currencies is refused rather than
 * guessed. Stored as DECIMAL(19,4) + CHAR(3).
 */
@Embeddable
public final class Money implements Comparable<Money> {

    @Column(name = "amount", precision = 19, scale = 4, nullable = false)
    private BigDecimal amount;

    @JdbcTypeCode(SqlTypes.CHAR)
    @Column(name = "currency", length = 3, nullable = false)
    private String currency;

    protected Money() {
        // for JPA
    }

    private Money(BigDecimal amount, Currency currency) {
        this.amount = amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.UNNECESSARY);
        this.currency = currency.getCurrencyCode();
    }

    /** Digits before the point that DECIMAL(19,4) holds. */
    public static final int MAX_INTEGER_DIGITS = 15;

    /**
     * @throws IllegalArgumentException if the amount has more decimals than the currency allows, or
     *         more digits than can be stored (checked first, before any arithmetic on it)
     */
    public static Money of(BigDecimal amount, Currency currency) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        // Before any arithmetic: 1e999999999 (or 1e-999999999) would expand to a billion digits below.
        if (!DecimalLimits.withinIntegerDigits(amount, MAX_INTEGER_DIGITS) || !DecimalLimits.withinDecimals(amount, 64)) {
            throw new IllegalArgumentException("not an amount of " + currency.getCurrencyCode() + " that can be held: at most "
                    + MAX_INTEGER_DIGITS + " digits before the point and " + currency.getDefaultFractionDigits() + " after");
        }
        BigDecimal normalised = amount.stripTrailingZeros();
        if (Math.max(normalised.scale(), 0) > currency.getDefaultFractionDigits()) {
            throw new IllegalArgumentException(
                    amount.toPlainString() + " has more decimals than " + currency.getCurrencyCode() + " allows ("
                            + currency.getDefaultFractionDigits() + ")");
        }
        return new Money(amount, currency);
    }

    public static Money of(String amount, String currencyCode) {
        if (!DecimalLimits.shortEnough(amount)) {
            throw new IllegalArgumentException("not an amount: " + amount.length() + " characters");
        }
        return of(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    public BigDecimal amount() {
        return amount.setScale(currency().getDefaultFractionDigits(), RoundingMode.UNNECESSARY);
    }

    public Currency currency() {
        return Currency.getInstance(currency);
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency());
    }

    public Money minus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.subtract(other.amount), currency());
    }

    public Money negate() {
        return new Money(amount.negate(), currency());
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public boolean isPositive() {
        return amount.signum() > 0;
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("Cannot combine " + currency + " with " + other.currency);
        }
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && currency.equals(m.currency) && amount.compareTo(m.amount) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(currency, amount.stripTrailingZeros());
    }

    /** e.g. "CNY 1,234.50": unambiguous in logs and exports; views format with the locale. */
    @Override
    public String toString() {
        return currency + " " + amount().toPlainString();
    }
}
