package org.billingcenter.shared.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The portal's words in a given language, for text made outside a browser page (e-mails, texts):
 * the same translation files the screens use, read the way Vaadin reads them.
 */
public final class Translations {

    private static final String BUNDLE = "vaadin-i18n.translations";

    private Translations() {
    }

    public static String text(Locale locale, String key, Object... arguments) {
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, locale, Translations.class.getClassLoader()).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException missing) {
            return key;
        }
    }
}
