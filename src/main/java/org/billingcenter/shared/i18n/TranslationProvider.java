package org.billingcenter.shared.i18n;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.i18n.DefaultI18NProvider;

import org.springframework.stereotype.Component;

/**
 * The screens' translations (Vaadin's {@code getTranslation}): the same message files, with one
 * addition — an argument that is a {@link Message.Argument} (an enum's label, a date, an amount a
 * service put in a refusal) is said in the reader's language too, not printed as a code.
 */
@Component
public class TranslationProvider extends DefaultI18NProvider {

    TranslationProvider() {
        super(List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE), TranslationProvider.class.getClassLoader());
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return super.getTranslation(key, locale, Translations.readable(locale, params));
    }
}
