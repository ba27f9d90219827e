package org.qconsole.answer.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import java.util.EnumMap;
import java.util.Map;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;

/**
 * A message the respondent reads, in the six languages: one line each ({@code <id>-en}, {@code <id>-fr}...),
 * English first; a language left empty shows the English.
 */
final class MessageFields extends Div {

    private final Map<Language, TextField> lines = new EnumMap<>(Language.class);

    MessageFields(String id, String label, LocalizedText message) {
        setId(id);
        setWidthFull();
        for (Language language : Language.values()) {
            TextField line = SettingsFields.lazyTextField(id + "-" + language.code(),
                    label + " (" + language.nativeName() + ")", message == null ? "" : message.values().get(language));
            line.setWidthFull();
            line.getElement().setAttribute("lang", language.code());
            line.getElement().setAttribute("dir", language.rightToLeft() ? "rtl" : "ltr");
            lines.put(language, line);
            add(line);
        }
    }

    /** The message as entered; empty when no language has one. */
    LocalizedText value() {
        Map<Language, String> values = new EnumMap<>(Language.class);
        lines.forEach((language, line) -> values.put(language, line.getValue().strip()));
        return new LocalizedText(values);
    }

    /** Runs the action after each edit the user makes in any language. */
    void onEdit(Runnable action) {
        lines.values().forEach(line -> SettingsFields.onUserEdit(line, v -> action.run()));
    }
}
