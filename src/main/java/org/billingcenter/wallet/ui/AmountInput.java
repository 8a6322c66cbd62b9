package org.billingcenter.wallet.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

import org.billingcenter.shared.error.BusinessRuleException;

/**
 * First checks on an amount a person typed, with the same message keys the wallet services use,
 * so a typo is pointed out on the field before the confirmation step. The services check again
 * and stay the authority; this only spares the person a pointless round.
 */
final class AmountInput {

    private AmountInput() {
    }

    static void check(BigDecimal amount, Currency currency) {
        if (amount == null || amount.signum() <= 0) {
            throw new BusinessRuleException("money.mustBePositive");
        }
        if (Math.max(amount.stripTrailingZeros().scale(), 0) > currency.getDefaultFractionDigits()) {
            throw new BusinessRuleException("money.tooManyDecimals", currency.getDefaultFractionDigits());
        }
    }

    static void checkWithin(BigDecimal amount, Currency currency, BigDecimal minimum, BigDecimal maximum) {
        check(amount, currency);
        if (amount.compareTo(minimum) < 0) {
            throw new BusinessRuleException("money.belowMinimum", inCurrency(minimum, currency));
        }
        if (amount.compareTo(maximum) > 0) {
            throw new BusinessRuleException("money.aboveMaximum", inCurrency(maximum, currency));
        }
    }

    /** Tenant limits are written as people like ("1.0", "200000"); say them with the currency's decimals. */
    private static String inCurrency(BigDecimal limit, Currency currency) {
        return limit.setScale(currency.getDefaultFractionDigits(), RoundingMode.UP).toPlainString();
    }
}
