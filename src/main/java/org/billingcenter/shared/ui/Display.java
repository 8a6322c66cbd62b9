package org.billingcenter.shared.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.money.MoneyFormat;

/** Times in the tenant's zone and money in the reader's locale, for views without a format of their own. */
public record Display(ZoneId zone, Locale locale) {

    public String dateTime(Instant instant) {
        return instant == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(zone)
                .format(instant);
    }

    public String date(LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    public String money(Money money) {
        return money == null ? "" : MoneyFormat.format(money, locale);
    }
}
