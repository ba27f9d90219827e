package org.qconsole.common.ui;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.qconsole.common.Messages;
import org.qconsole.model.Language;
import org.springframework.stereotype.Component;

/**
 * The console's texts for Vaadin's {@code getTranslation}, in the page's language: {@link Messages} read for the
 * six languages, English first, so that a browser in none of them gets English.
 */
@Component
public class ConsoleMessages implements I18NProvider {

    static final String FOLDER = Messages.FOLDER;
    static final String SHARED_BUNDLE = Messages.SHARED_BUNDLE;
    private static final List<Locale> LOCALES = Arrays.stream(Language.values())
            .map(language -> Locale.forLanguageTag(language.code())).toList();

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Messages.text(Language.of(locale), key, params);
    }
}
