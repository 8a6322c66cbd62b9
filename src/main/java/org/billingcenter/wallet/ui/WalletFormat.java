package org.billingcenter.wallet.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.money.MoneyFormat;

/**
 * How the wallet screens write money and time: money in the reader's locale, times in the
 * tenant's time zone (a customer in Shanghai reads Shanghai time whatever the server's zone).
 * CSV cells use plain numbers and ISO-like times so spreadsheets can compute with them.
 */
final class WalletFormat {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final DateTimeFormatter CSV_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

    private final Locale locale;
    private final ZoneId zone;

    WalletFormat(Locale locale, ZoneId zone) {
        this.locale = locale;
        this.zone = zone;
    }

    ZoneId zone() {
        return zone;
    }

    String money(Money money) {
        return money == null ? "" : MoneyFormat.format(money, locale);
    }

    /** Journal sums come as DECIMAL(19,4); they never carry more than the currency's decimals. */
    String money(BigDecimal amount, String currencyCode) {
        return money(toMoney(amount, currencyCode));
    }

    static String plain(BigDecimal amount, String currencyCode) {
        return toMoney(amount, currencyCode).amount().toPlainString();
    }

    static String plain(Money money) {
        return money == null ? "" : money.amount().toPlainString();
    }

    private static Money toMoney(BigDecimal amount, String currencyCode) {
        Currency currency = Currency.getInstance(currencyCode);
        return Money.of(amount.setScale(currency.getDefaultFractionDigits(), RoundingMode.HALF_EVEN), currency);
    }

    String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(zone));
    }

    String csvTime(Instant instant) {
        return instant == null ? "" : CSV_TIME.format(instant.atZone(zone));
    }

    String date(Instant instant) {
        return instant == null ? "" : DATE.format(instant.atZone(zone));
    }

    /** The first moment after the given day in the tenant's zone: "valid until 30 Nov" includes all of 30 Nov. */
    Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
