package org.qconsole.answer.ui;

import com.vaadin.flow.component.UI;
import java.util.Arrays;
import java.util.Locale;
import org.qconsole.common.Worded;
import org.qconsole.common.ui.ConsoleMessages;
import org.qconsole.model.Language;

/**
 * The designer's words for the answer settings, in the console's language (the UI's locale, as
 * {@code getTranslation} reads it): from the console's messages, read directly, so that the settings editors
 * work wherever they are built (the designer, a test without the console around it); English without a UI.
 */
final class DesignerWords {

    private static final ConsoleMessages MESSAGES = new ConsoleMessages();

    private DesignerWords() {
    }

    /** The text of the key; a number in it is written as the designer types one (12000, not 12,000). */
    static String translate(String key, Object... arguments) {
        UI ui = UI.getCurrent();
        Object[] plain = Arrays.stream(arguments).map(a -> a instanceof Number ? String.valueOf(a) : a).toArray();
        return MESSAGES.getTranslation(key, ui == null ? Locale.ENGLISH : ui.getLocale(), plain);
    }

    /** A text worded elsewhere (an answer kind's name), in the same language. */
    static String of(Worded worded) {
        UI ui = UI.getCurrent();
        return worded.in(ui == null ? Language.EN : Language.of(ui.getLocale()));
    }
}
