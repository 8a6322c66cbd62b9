package org.billingcenter.shell;

import java.util.Locale;

/** A signed-in person chose the language the portal speaks to them in, on screen and in what it sends them. */
public record LanguageChosen(Locale language) {
}
