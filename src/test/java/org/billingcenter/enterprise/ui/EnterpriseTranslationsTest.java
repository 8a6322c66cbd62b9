package org.billingcenter.enterprise.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** Every text of the enterprise screens has its Simplified Chinese version, with the same placeholders. */
class EnterpriseTranslationsTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @Test
    void everyEnterpriseTextHasAChineseVersionWithTheSamePlaceholders() throws IOException {
        Properties english = load("translations.properties");
        Properties chinese = load("translations_zh_CN.properties");
        Set<String> missing = new TreeSet<>();
        Set<String> placeholders = new TreeSet<>();
        for (String key : english.stringPropertyNames()) {
            if (!key.startsWith("enterprise.") && !key.startsWith("menu.enterprise")) {
                continue;
            }
            String translated = chinese.getProperty(key);
            if (translated == null || translated.isBlank()) {
                missing.add(key);
            } else if (!placeholdersOf(english.getProperty(key)).equals(placeholdersOf(translated))) {
                placeholders.add(key);
            }
        }
        assertThat(missing).as("enterprise texts without a zh_CN version").isEmpty();
        assertThat(placeholders).as("zh_CN texts whose placeholders differ").isEmpty();
    }

    private static Set<String> placeholdersOf(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(EnterpriseTranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + name),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
