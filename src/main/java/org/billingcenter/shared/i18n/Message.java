package org.billingcenter.shared.i18n;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.billingcenter.shared.money.Money;
import org.billingcenter.shared.money.MoneyFormat;

/**
 * A text the server writes for people to read later (a notice, a journal line, a lot's note): a
 * message key and its arguments, kept as one string in the column free text used, so it is said in
 * the language of whoever reads it, when they read it. A stored text that is not a message (rows
 * written before, or typed by a person) reads as itself.
 */
public record Message(String key, List<Argument> arguments) {

    private static final String PREFIX = "i18n:";
    private static final char SEPARATOR = '\u001F';

    public Message {
        arguments = List.copyOf(arguments);
    }

    /**
     * Arguments may be texts (said as they are), dates, money, numbers, or {@link #label(String)}s
     * (keys said in the reader's language, such as an enum's name).
     */
    public static Message of(String key, Object... arguments) {
        List<Argument> list = new ArrayList<>(arguments.length);
        for (Object argument : arguments) {
            list.add(Argument.of(argument));
        }
        return new Message(key, list);
    }

    /** An argument that is itself a key, such as {@code lot.kind.STORED_VALUE_CARD}. */
    public static Argument label(String key) {
        return new Argument(Argument.LABEL, key);
    }

    /** The stored text read in a language: a message in that language, anything else as it is. */
    public static String render(String stored, Locale locale) {
        return stored == null ? "" : parse(stored).map(message -> message.in(locale)).orElse(stored);
    }

    public static Optional<Message> parse(String stored) {
        if (stored == null || !stored.startsWith(PREFIX)) {
            return Optional.empty();
        }
        String[] parts = stored.substring(PREFIX.length()).split(String.valueOf(SEPARATOR), -1);
        List<Argument> arguments = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            if (parts[i].isEmpty()) {
                return Optional.empty();
            }
            arguments.add(new Argument(parts[i].charAt(0), parts[i].substring(1)));
        }
        return Optional.of(new Message(parts[0], arguments));
    }

    public String stored() {
        StringBuilder text = new StringBuilder(PREFIX).append(key);
        arguments.forEach(argument -> text.append(SEPARATOR).append(argument.type()).append(argument.value()));
        return text.toString();
    }

    public String in(Locale locale) {
        return Translations.text(locale, key, arguments.toArray());
    }

    /** One argument, typed so it can be formatted for the reader: text, label, date, money or number. */
    public record Argument(char type, String value) {

        static final char TEXT = 't';
        static final char LABEL = 'k';
        static final char DATE = 'd';
        static final char MONEY = 'm';
        static final char NUMBER = 'n';

        public Argument {
            value = value == null ? "" : value.replace(SEPARATOR, ' ');
        }

        static Argument of(Object value) {
            return switch (value) {
                case Argument argument -> argument;
                case LocalDate date -> new Argument(DATE, date.toString());
                case Money money -> new Argument(MONEY, money.amount().toPlainString() + " " + money.currency().getCurrencyCode());
                case BigDecimal number -> new Argument(NUMBER, number.toPlainString());
                case Integer number -> new Argument(NUMBER, number.toString());
                case Long number -> new Argument(NUMBER, number.toString());
                case null -> new Argument(TEXT, "");
                default -> new Argument(TEXT, value.toString());
            };
        }

        Object in(Locale locale) {
            try {
                return switch (type) {
                    case LABEL -> Translations.text(locale, value);
                    case DATE -> DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(LocalDate.parse(value));
                    case MONEY -> MoneyFormat.format(Money.of(value.substring(0, value.indexOf(' ')),
                            value.substring(value.indexOf(' ') + 1)), locale);
                    case NUMBER -> NumberFormat.getNumberInstance(locale).format(new BigDecimal(value));
                    default -> value;
                };
            } catch (RuntimeException unreadable) {
                return value;
            }
        }
    }
}
