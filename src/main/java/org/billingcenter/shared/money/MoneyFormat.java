package org.billingcenter.shared.money;

import java.text.NumberFormat;
import java.util.Locale;

/** Formats money for people: the symbol and grouping of the viewer's locale, the currency's decimals. */
public final class MoneyFormat {

    private MoneyFormat() {
    }

    public static String format(Money money, Locale locale) {
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(money.currency());
        format.setMinimumFractionDigits(money.currency().getDefaultFractionDigits());
        format.setMaximumFractionDigits(money.currency().getDefaultFractionDigits());
        return format.format(money.amount());
    }
}
