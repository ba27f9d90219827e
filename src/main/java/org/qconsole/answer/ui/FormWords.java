package org.qconsole.answer.ui;

import java.util.Locale;
import org.qconsole.common.ui.ConsoleMessages;
import org.qconsole.model.Language;

/**
 * The form's own words (buttons, totals, limits) in the questionnaire's language, which the user may have
 * chosen apart from the console's: from the console's messages, read directly, so that a form works wherever
 * it is shown (the fill-in, the designer's preview, a test without the console around it).
 */
final class FormWords {

    private static final ConsoleMessages MESSAGES = new ConsoleMessages();

    private FormWords() {
    }

    static String of(Language language, String key, Object... arguments) {
        return MESSAGES.getTranslation(key, Locale.forLanguageTag(language.code()), arguments);
    }
}
