package org.billingcenter.audit;

import java.util.Locale;
import java.util.Optional;

import org.billingcenter.shared.i18n.Translations;

/**
 * The words the change history shows for record types, fields and enum values, in the reader's
 * language. A field's label is looked up for its record type first ({@code history.field.Site.name}),
 * then for every type ({@code history.field.status}); enum values under
 * {@code history.enum.<EnumName>.<VALUE>}. A missing word (which {@code HistoryLabelsTest} guards
 * against) shows as the field name split into words rather than as a key.
 */
public final class HistoryLabels {

    private HistoryLabels() {
    }

    public static String typeKey(String type) {
        return "history.type." + type;
    }

    public static String fieldKey(String type, String field) {
        return "history.field." + type + "." + keyPart(field);
    }

    public static String commonFieldKey(String field) {
        return "history.field." + keyPart(field);
    }

    public static String enumKey(Class<?> enumType, String constant) {
        return "history.enum." + enumType.getSimpleName() + "." + constant;
    }

    static String type(Locale locale, String type) {
        return find(locale, typeKey(type)).orElseGet(() -> words(type));
    }

    static String field(Locale locale, String type, String field) {
        return find(locale, fieldKey(type, field)).or(() -> find(locale, commonFieldKey(field))).orElseGet(() -> words(field));
    }

    static String enumValue(Locale locale, Class<?> enumType, String constant) {
        return find(locale, enumKey(enumType, constant)).orElseGet(() -> words(constant.toLowerCase(Locale.ROOT)));
    }

    static String text(Locale locale, String key, Object... arguments) {
        return Translations.text(locale, key, arguments);
    }

    /** The word for {@code key}, if the language has one. */
    public static Optional<String> find(Locale locale, String key) {
        return Translations.find(locale, key);
    }

    /** Field names of feeds may hold spaces ("cash balance"); keys do not. */
    private static String keyPart(String field) {
        return field.strip().replace(' ', '_');
    }

    private static String words(String name) {
        String spaced = name.replace('_', ' ').replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
        return spaced.isEmpty() ? spaced : Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
