package org.billingcenter.shared.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/**
 * The portal's words in a given language, for text made outside a browser page (e-mails, texts,
 * CSV files, PDFs, jobs): the same translation files the screens use, read the way Vaadin reads
 * them. Texts kept for later reading are {@link Message}s; the screens use {@link TranslationProvider}.
 */
public final class Translations {

    private static final String BUNDLE = "vaadin-i18n.translations";

    private Translations() {
    }

    public static String text(Locale locale, String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale, Translations.class.getClassLoader()).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(readable(locale, arguments));
        } catch (MissingResourceException missing) {
            // The screens' marker for a missing text, so a check for it finds these too.
            return "!" + locale.getLanguage() + ": " + key;
        }
    }

    /** The text of {@code key} in the language, if the files have one (for callers with a fallback of their own). */
    public static Optional<String> find(Locale locale, String key) {
        try {
            return Optional.of(ResourceBundle.getBundle(BUNDLE, locale, Translations.class.getClassLoader()).getString(key));
        } catch (MissingResourceException missing) {
            return Optional.empty();
        }
    }

    /** Arguments as the reader should see them: labels, dates and amounts in their language, anything else as it is. */
    static Object[] readable(Locale locale, Object... arguments) {
        if (arguments == null) {
            return new Object[0];
        }
        Object[] readable = arguments.clone();
        for (int i = 0; i < readable.length; i++) {
            if (readable[i] instanceof Message.Argument argument) {
                readable[i] = argument.in(locale);
            } else if (readable[i] instanceof Message message) {
                readable[i] = message.in(locale);
            }
        }
        return readable;
    }
}
