package org.billingcenter.audit;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.money.MoneyFormat;

/**
 * Shows a recorded value the way the screens show it: money with its currency in the reader's
 * locale, moments in the tenant's zone, days as dates, enum values and yes/no in the reader's
 * language. Values arrive as the history keeps them (plain text of the typed value); the field's
 * Java type says how to read them back. Anything unreadable is shown as recorded.
 */
record ValueFormat(Locale locale, ZoneId zone) {

    /** How {@link Money#toString()} writes an amount, as feeds record it: "USD 25.50". */
    private static final Pattern MONEY_TEXT = Pattern.compile("([A-Z]{3}) (-?\\d+(?:\\.\\d+)?)");
    private static final Pattern ISO_DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    static final String CURRENCY_FIELD = "currency";

    String format(Class<?> type, String value, Map<String, String> state) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        try {
            if (type == null) {
                // A feed's field: its text says what it is.
                return money(value).or(() -> ISO_DAY.matcher(value).matches() ? java.util.Optional.of(day(value))
                        : java.util.Optional.empty()).orElse(value);
            }
            if (type.isEnum()) {
                return HistoryLabels.enumValue(locale, type, value);
            }
            if (type == Boolean.class || type == boolean.class) {
                return HistoryLabels.text(locale, Boolean.parseBoolean(value) ? "history.yes" : "history.no");
            }
            if (type == Instant.class) {
                return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withLocale(locale).withZone(zone)
                        .format(Instant.parse(value));
            }
            if (type == LocalDate.class) {
                return day(value);
            }
            if (type == Money.class) {
                return money(value).orElse(value);
            }
            if (type == BigDecimal.class) {
                return amount(new BigDecimal(value), state.get(CURRENCY_FIELD));
            }
        } catch (RuntimeException unreadable) {
            return value;
        }
        return value;
    }

    private String day(String value) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(LocalDate.parse(value));
    }

    private java.util.Optional<String> money(String value) {
        Matcher money = MONEY_TEXT.matcher(value.strip());
        if (!money.matches()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(amount(new BigDecimal(money.group(2)), money.group(1)));
    }

    /** With the record's currency when it has one; a bare figure (a price of a plan in a contract's currency) otherwise. */
    private String amount(BigDecimal amount, String currency) {
        if (currency != null && currency.matches("[A-Z]{3}")) {
            return MoneyFormat.format(Money.of(amount, Currency.getInstance(currency)), locale);
        }
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(Math.max(2, amount.scale()));
        return number.format(amount);
    }
}
