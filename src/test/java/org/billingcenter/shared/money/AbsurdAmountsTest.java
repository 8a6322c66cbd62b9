package org.billingcenter.shared.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;

import org.billingcenter.shared.error.BusinessRuleException;
import org.billingcenter.wallet.MoneyRules;
import org.junit.jupiter.api.Test;

/**
 * Amounts a person (or a forged request) can type into any money field: refused with a message
 * that says what is wrong, before any arithmetic could expand them. {@code 1e999999999} set to two
 * decimals would be a billion-digit number: these tests would not finish if it were ever expanded.
 */
class AbsurdAmountsTest {

    static final Currency USD = Currency.getInstance("USD");

    @Test
    void anAmountWithAnAbsurdExponentIsRefusedAsTooLarge() {
        assertRefused("1e999999999", "money.tooManyDigits");
        assertRefused("-1E+999999999", "money.tooManyDigits");
        assertThatThrownBy(() -> Money.of(new BigDecimal("1e999999999"), USD)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anAmountOfFiftyDigitsIsRefusedAsTooLarge() {
        assertRefused("1".repeat(50), "money.tooManyDigits");
        assertRefused("9999999999999999", "money.tooManyDigits");
    }

    @Test
    void anAmountFinerThanTheCurrencyIsRefusedAsTooManyDecimals() {
        assertRefused("0.000000000001", "money.tooManyDecimals");
        assertRefused("1e-999999999", "money.tooManyDecimals");
        assertThatThrownBy(() -> Money.of(new BigDecimal("1e-999999999"), USD)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aTextTooLongToBeAnAmountIsNotEvenRead() {
        assertThatThrownBy(() -> Money.of("1".repeat(100_000), "USD")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void ordinaryAmountsStillPass() {
        assertThat(MoneyRules.parse(new BigDecimal("999999999999999.99"), USD).amount()).isEqualByComparingTo("999999999999999.99");
        assertThat(MoneyRules.parse(new BigDecimal("12.50"), USD)).isEqualTo(Money.of("12.5", "USD"));
        assertThat(MoneyRules.parse(new BigDecimal("1.000000000000000000000000000000000000000000000000"), USD))
                .isEqualTo(Money.of("1", "USD"));
        assertThat(MoneyRules.parse(new BigDecimal("1E+3"), USD)).isEqualTo(Money.of("1000", "USD"));
    }

    private static void assertRefused(String typed, String messageKey) {
        assertThatThrownBy(() -> MoneyRules.parse(new BigDecimal(typed), USD)).isInstanceOf(BusinessRuleException.class)
                .extracting(e -> ((BusinessRuleException) e).messageKey()).isEqualTo(messageKey);
    }
}
