package org.billingcenter.wallet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.money.DecimalLimits;
import org.billingcenter.shared.money.Money;

/**
 * The checks every money command makes on an amount before anything moves. Public so forms can
 * point out a typo on the field before their confirmation step, with the very same rules and
 * messages; the services check again and stay the authority.
 */
public final class MoneyRules {

    private MoneyRules() {
    }

    public static void requirePositive(Money amount) {
        if (amount == null || !amount.isPositive()) {
            throw new BusinessRuleException("money.mustBePositive");
        }
    }

    static void requireCurrency(Wallet wallet, Money amount) {
        requireCurrency(wallet.getCurrency(), amount);
    }

    static void requireCurrency(Currency walletCurrency, Money amount) {
        if (!walletCurrency.equals(amount.currency())) {
            throw new BusinessRuleException("money.wrongCurrency", amount.currency().getCurrencyCode(),
                    walletCurrency.getCurrencyCode());
        }
    }

    /** Reads an amount typed by a person: a clear refusal instead of rounding what they meant. */
    public static Money parse(BigDecimal amount, Currency currency) {
        if (amount == null) {
            throw new BusinessRuleException("money.mustBePositive");
        }
        // Size first, from the representation alone: 1e999999999 must not reach any arithmetic.
        if (!DecimalLimits.withinIntegerDigits(amount, Money.MAX_INTEGER_DIGITS)) {
            throw new BusinessRuleException("money.tooManyDigits", Money.MAX_INTEGER_DIGITS);
        }
        if (!DecimalLimits.withinDecimals(amount, currency.getDefaultFractionDigits())) {
            throw new BusinessRuleException("money.tooManyDecimals", currency.getDefaultFractionDigits());
        }
        return Money.of(amount, currency);
    }

    public static void requireWithin(Money amount, BigDecimal minimum, BigDecimal maximum) {
        if (amount.amount().compareTo(minimum) < 0) {
            throw new BusinessRuleException("money.belowMinimum", inCurrency(minimum, amount.currency()));
        }
        if (amount.amount().compareTo(maximum) > 0) {
            throw new BusinessRuleException("money.aboveMaximum", inCurrency(maximum, amount.currency()));
        }
    }

    /** A positive amount with no more decimals than the currency has: what any typed amount must be. */
    public static Money parsePositive(BigDecimal amount, Currency currency) {
        Money money = parse(amount, currency);
        requirePositive(money);
        return money;
    }

    /** Tenant limits are written as people like ("1.0", "200000"); say them with the currency's decimals. */
    private static String inCurrency(BigDecimal limit, Currency currency) {
        return limit.setScale(currency.getDefaultFractionDigits(), RoundingMode.UP).toPlainString();
    }
}
