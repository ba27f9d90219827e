package org.qconsole.answer.ui;

import com.vaadin.flow.component.Component;
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

    /** The language of the questionnaire form the component is on (its {@code lang}); English off a form. */
    static Language languageOf(Component component) {
        QuestionnaireForm form = component.findAncestor(QuestionnaireForm.class);
        String code = form == null ? null : form.getElement().getAttribute("lang");
        return code == null ? Language.EN : Language.find(code).orElse(Language.EN);
    }
}
