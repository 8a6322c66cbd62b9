package org.billingcenter.shared.i18n;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The two message files as a test reads them: English and Simplified Chinese. */
final class MessageFiles {

    static final Properties ENGLISH = load("translations.properties");
    static final Properties CHINESE = load("translations_zh_CN.properties");

    private MessageFiles() {
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(MessageFiles.class.getResourceAsStream("/vaadin-i18n/" + name),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
