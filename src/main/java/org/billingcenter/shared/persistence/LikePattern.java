package org.billingcenter.shared.persistence;

/**
 * "Contains" searches with SQL {@code LIKE}: what a person typed matches literally, so a
 * {@code %} or {@code _} in it is not a wildcard. Statements use {@code LIKE ? ESCAPE '!'}.
 */
public final class LikePattern {

    private LikePattern() {
    }

    /** The text with the escape character and both wildcards escaped by {@code !}. */
    public static String escaped(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }

    /** A pattern matching any value that contains the text. */
    public static String containing(String text) {
        return "%" + escaped(text) + "%";
    }
}
