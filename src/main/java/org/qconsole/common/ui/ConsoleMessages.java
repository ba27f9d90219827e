package org.qconsole.common.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.qconsole.model.Language;
import org.springframework.stereotype.Component;

/**
 * The console's own texts in the six languages, read by every view through {@code getTranslation}. A text
 * whose key starts with a feature's name ({@code dashboard.title}) is in that feature's bundle
 * ({@code messages/dashboard.properties}) when the feature has one, the others in the shared bundle
 * {@code messages/console}; English is in each base file, the other languages in {@code <bundle>_<code>.properties}.
 * English comes first, so a browser in none of the six gets English. A text is a {@link MessageFormat}
 * pattern (an apostrophe is written twice), formatted for the language; a missing one shows its key, and
 * {@code ConsoleMessagesTest} fails on any.
 */
@Component
public class ConsoleMessages implements I18NProvider {

    static final String FOLDER = "messages/";
    static final String SHARED_BUNDLE = "console";
    private static final ResourceBundle.Control NO_FALLBACK_TO_THE_MACHINES_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final List<Locale> LOCALES = Arrays.stream(Language.values())
            .map(language -> Locale.forLanguageTag(language.code())).toList();
    /** Whether a feature has a bundle of its own, by the first part of its keys. */
    private static final Map<String, Boolean> FEATURE_BUNDLES = new ConcurrentHashMap<>();

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = Locale.forLanguageTag(Language.of(locale).code());
        try {
            String pattern = bundle(key, language).getString(key);
            return new MessageFormat(pattern, language).format(params);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }

    private static ResourceBundle bundle(String key, Locale language) {
        int dot = key.indexOf('.');
        String feature = dot < 0 ? SHARED_BUNDLE : key.substring(0, dot);
        boolean own = FEATURE_BUNDLES.computeIfAbsent(feature, name -> !name.equals(SHARED_BUNDLE)
                && ConsoleMessages.class.getClassLoader().getResource(FOLDER + name + ".properties") != null);
        return ResourceBundle.getBundle(FOLDER + (own ? feature : SHARED_BUNDLE), language,
                NO_FALLBACK_TO_THE_MACHINES_LOCALE);
    }
}
