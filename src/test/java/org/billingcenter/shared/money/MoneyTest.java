package org.billingcenter.shared.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;

import org.junit.jupiter.api.Test;

class MoneyTest {

    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Currency JPY = Currency.getInstance("JPY");

    @Test
    void amountsTakeTheCurrencyScaleSoEqualAmountsAreEqual() {
        assertThat(Money.of("1", "CNY")).isEqualTo(Money.of("1.00", "CNY"));
        assertThat(Money.of("1", "CNY").amount()).isEqualByComparingTo("1.00").hasToString("1.00");
        assertThat(Money.of("1", "CNY").hashCode()).isEqualTo(Money.of("1.00", "CNY").hashCode());
    }

    @Test
    void refusesMoreDecimalsThanTheCurrencyHas() {
        assertThatThrownBy(() -> Money.of(new BigDecimal("0.001"), CNY)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("CNY");
        assertThatThrownBy(() -> Money.of(new BigDecimal("1.5"), JPY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void addsAndSubtractsWithinOneCurrencyOnly() {
        Money total = Money.of("10.10", "USD").plus(Money.of("0.90", "USD")).minus(Money.of("12", "USD"));
        assertThat(total).isEqualTo(Money.of("-1", "USD"));
        assertThat(total.isNegative()).isTrue();
        assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "CNY"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void formatsForTheReadersLocale() {
        assertThat(MoneyFormat.format(Money.of("1234.5", "USD"), Locale.US)).isEqualTo("$1,234.50");
        assertThat(MoneyFormat.format(Money.of("1234.5", "CNY"), Locale.SIMPLIFIED_CHINESE)).isEqualTo("¥1,234.50");
    }
}
