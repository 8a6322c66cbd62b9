package org.billingcenter.verification;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lenient format checks of tax and VAT ids outside the PRC: the shape a country's ids take (an EU
 * VAT number with or without its country prefix, a US EIN, a UK VAT number…), else a generic
 * shape. It catches a wrong field pasted in, not every typing mistake: the staff's review and the
 * tax office do the rest, and a real id must never be refused for a detail of its writing.
 */
public final class TaxIds {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** Shapes after {@link #normalise}: upper case, no spaces, dots, dashes or slashes, country prefix removed. */
    private static final Map<String, Pattern> SHAPES = Map.ofEntries(
            Map.entry("US", Pattern.compile("\\d{9}")),
            Map.entry("GB", Pattern.compile("\\d{9}|\\d{12}|GD\\d{3}|HA\\d{3}")),
            Map.entry("DE", Pattern.compile("\\d{9}")),
            Map.entry("FR", Pattern.compile("[0-9A-HJ-NP-Z]{2}\\d{9}")),
            Map.entry("NL", Pattern.compile("\\d{9}B\\d{2}")),
            Map.entry("IT", Pattern.compile("\\d{11}")),
            Map.entry("ES", Pattern.compile("[0-9A-Z]\\d{7}[0-9A-Z]")),
            Map.entry("AT", Pattern.compile("U\\d{8}")),
            Map.entry("BE", Pattern.compile("[01]\\d{9}")),
            Map.entry("CH", Pattern.compile("(CHE)?\\d{9}(MWST|TVA|IVA)?")),
            Map.entry("CA", Pattern.compile("\\d{9}([A-Z]{2}\\d{4})?")),
            Map.entry("AU", Pattern.compile("\\d{11}")),
            Map.entry("JP", Pattern.compile("T?\\d{13}")),
            Map.entry("IN", Pattern.compile("\\d{2}[A-Z]{5}\\d{4}[A-Z][0-9A-Z]Z[0-9A-Z]")));

    /** Countries whose ids never start with the country code (Switzerland's CHE is part of its shape). */
    private static final Set<String> UNPREFIXED = Set.of("US", "CA", "AU", "IN", "JP", "CH");

    /** Anywhere else: 4 to 20 letters and digits, at least two of them digits. */
    private static final Pattern GENERIC = Pattern.compile("(?=(?:[^0-9]*[0-9]){2})[0-9A-Z]{4,20}");

    private TaxIds() {
    }

    /** An ISO 3166 two-letter country code, in capitals. */
    public static boolean isCountry(String code) {
        return code != null && COUNTRIES.contains(code);
    }

    /** The id as people write it, trimmed and in capitals, with its own spacing kept for the invoice. */
    public static String clean(String taxId) {
        return taxId == null ? "" : taxId.strip().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT);
    }

    /** Whether the id has a shape the country's ids take; an unknown country gets the generic shape. */
    public static boolean isPlausible(String country, String taxId) {
        String compact = normalise(country, taxId);
        Pattern shape = country == null ? null : SHAPES.get(country);
        return (shape != null ? shape : GENERIC).matcher(compact).matches();
    }

    static String normalise(String country, String taxId) {
        String compact = clean(taxId).replaceAll("[\\s./-]", "");
        // An EU VAT number is written with its country prefix (DE123456789, Greece's EL…), the UK's too.
        String prefix = "GR".equals(country) ? "EL" : country;
        if (prefix != null && !UNPREFIXED.contains(country) && compact.startsWith(prefix) && compact.length() > prefix.length() + 3) {
            return compact.substring(prefix.length());
        }
        return compact;
    }
}
