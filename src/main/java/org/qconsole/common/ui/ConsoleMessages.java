package org.qconsole.common.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.qconsole.model.Language;
import org.springframework.stereotype.Component;

/**
 * The console's own texts in the six languages: the bundle {@code messages/console} (English in the base file,
 * the others in {@code console_<code>.properties}), read by every view through {@code getTranslation}.
 * English comes first, so a browser in none of the six gets English. A text is a {@link MessageFormat}
 * pattern (an apostrophe is written twice), formatted for the language; a missing one shows its key, and
 * {@code ConsoleMessagesTest} fails on any.
 */
@Component
public class ConsoleMessages implements I18NProvider {

    static final String BUNDLE = "messages/console";
    private static final ResourceBundle.Control NO_FALLBACK_TO_THE_MACHINES_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final List<Locale> LOCALES = Arrays.stream(Language.values())
            .map(language -> Locale.forLanguageTag(language.code())).toList();

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = Locale.forLanguageTag(Language.of(locale).code());
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, language, NO_FALLBACK_TO_THE_MACHINES_LOCALE)
                    .getString(key);
            return new MessageFormat(pattern, language).format(params);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }
}
