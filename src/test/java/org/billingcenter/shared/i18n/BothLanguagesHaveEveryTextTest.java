package org.billingcenter.shared.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The English and Chinese message files say the same things: the same keys, none empty, the same
 * placeholders, and no plain apostrophe in a text with placeholders (it would swallow them).
 */
class BothLanguagesHaveEveryTextTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\d+}");

    @Test
    void theTwoFilesHaveTheSameKeys() {
        Set<String> english = new TreeSet<>(MessageFiles.ENGLISH.stringPropertyNames());
        Set<String> chinese = new TreeSet<>(MessageFiles.CHINESE.stringPropertyNames());
        assertThat(difference(english, chinese)).as("keys only in translations.properties").isEmpty();
        assertThat(difference(chinese, english)).as("keys only in translations_zh_CN.properties").isEmpty();
    }

    @Test
    void noTextIsEmptyAndBothSayTheSamePlaceholders() {
        Set<String> empty = new TreeSet<>();
        Set<String> placeholders = new TreeSet<>();
        for (String key : MessageFiles.ENGLISH.stringPropertyNames()) {
            String english = MessageFiles.ENGLISH.getProperty(key);
            String chinese = MessageFiles.CHINESE.getProperty(key);
            if (english.isBlank() || chinese == null || chinese.isBlank()) {
                empty.add(key);
            } else if (!placeholdersOf(english).equals(placeholdersOf(chinese))) {
                placeholders.add(key);
            }
        }
        assertThat(empty).as("texts empty in one language").isEmpty();
        assertThat(placeholders).as("texts whose placeholders differ between the languages").isEmpty();
    }

    @Test
    void noApostropheSwallowsAPlaceholder() {
        Set<String> swallowing = new TreeSet<>();
        for (Properties file : new Properties[] {MessageFiles.ENGLISH, MessageFiles.CHINESE}) {
            file.stringPropertyNames().stream().filter(key -> {
                String text = file.getProperty(key);
                return PLACEHOLDER.matcher(text).find() && text.replace("''", "").contains("'");
            }).forEach(swallowing::add);
        }
        assertThat(swallowing).as("texts with placeholders and a plain ' (write ’ or '')").isEmpty();
    }

    private static Set<String> difference(Set<String> these, Set<String> those) {
        Set<String> only = new TreeSet<>(these);
        only.removeAll(those);
        return only;
    }

    private static Set<String> placeholdersOf(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }
}
