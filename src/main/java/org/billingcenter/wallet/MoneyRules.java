package org.billingcenter.wallet;

import java.math.BigDecimal;
import java.util.Currency;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.shared.money.Money;

/** The checks every money command makes on an amount before anything moves. */
final class MoneyRules {

    private MoneyRules() {
    }

    static void requirePositive(Money amount) {
        if (amount == null || !amount.isPositive()) {
            throw new BusinessRuleException("money.mustBePositive");
        }
    }

    static void requireCurrency(Wallet wallet, Money amount) {
        if (!wallet.getCurrency().equals(amount.currency())) {
            throw new BusinessRuleException("money.wrongCurrency", amount.currency().getCurrencyCode(),
                    wallet.getCurrency().getCurrencyCode());
        }
    }

    /** Reads an amount typed by a person: a clear refusal instead of rounding what they meant. */
    static Money parse(BigDecimal amount, Currency currency) {
        if (amount == null) {
            throw new BusinessRuleException("money.mustBePositive");
        }
        if (Math.max(amount.stripTrailingZeros().scale(), 0) > currency.getDefaultFractionDigits()) {
            throw new BusinessRuleException("money.tooManyDecimals", currency.getDefaultFractionDigits());
        }
        return Money.of(amount, currency);
    }

    static void requireWithin(Money amount, BigDecimal minimum, BigDecimal maximum) {
        if (amount.amount().compareTo(minimum) < 0) {
            throw new BusinessRuleException("money.belowMinimum", minimum.toPlainString());
        }
        if (amount.amount().compareTo(maximum) > 0) {
            throw new BusinessRuleException("money.aboveMaximum", maximum.toPlainString());
        }
    }
}
