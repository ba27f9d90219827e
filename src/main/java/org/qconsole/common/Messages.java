package org.qconsole.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import org.qconsole.model.Language;

/**
 * The console's own texts in the six languages, for any code that speaks to a user (views through
 * {@code common.ui.ConsoleMessages}, answer checks in the respondent's language). A text whose key starts with
 * a feature's name ({@code dashboard.title}) is in that feature's bundle ({@code messages/dashboard.properties})
 * when the feature has one, the others in the shared bundle {@code messages/console}; English is in each base
 * file, the other languages in {@code <bundle>_<code>.properties}. A text is a {@link MessageFormat} pattern
 * (an apostrophe is written twice), formatted for the language; a missing one shows its key, and
 * {@code ConsoleMessagesTest} fails on any.
 */
public final class Messages {

    public static final String FOLDER = "messages/";
    public static final String SHARED_BUNDLE = "console";
    private static final ResourceBundle.Control NO_FALLBACK_TO_THE_MACHINES_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    /** Whether a feature has a bundle of its own, by the first part of its keys. */
    private static final Map<String, Boolean> FEATURE_BUNDLES = new ConcurrentHashMap<>();

    private Messages() {
    }

    /**
     * The text of {@code key} in {@code language}, its placeholders filled with {@code arguments}; a {@link Worded}
     * argument is worded in the same language.
     */
    public static String text(Language language, String key, Object... arguments) {
        Locale locale = Locale.forLanguageTag(language.code());
        Object[] worded = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            worded[i] = arguments[i] instanceof Worded part ? part.in(language) : arguments[i];
        }
        try {
            return new MessageFormat(bundle(key, locale).getString(key), locale).format(worded);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }

    private static ResourceBundle bundle(String key, Locale language) {
        int dot = key.indexOf('.');
        String feature = dot < 0 ? SHARED_BUNDLE : key.substring(0, dot);
        boolean own = FEATURE_BUNDLES.computeIfAbsent(feature, name -> !name.equals(SHARED_BUNDLE)
                && Messages.class.getClassLoader().getResource(FOLDER + name + ".properties") != null);
        return ResourceBundle.getBundle(FOLDER + (own ? feature : SHARED_BUNDLE), language,
                NO_FALLBACK_TO_THE_MACHINES_LOCALE);
    }
}
