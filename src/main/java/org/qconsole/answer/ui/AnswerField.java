package org.qconsole.answer.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.Component;
import java.util.Optional;

/** The input of one answer, as the form needs it: its component and its value as stored JSON. */
public interface AnswerField {
    Component component();

    /** The answer as stored, {@code null} when nothing is entered. */
    JsonNode value();

    /** Shows a stored answer; {@code null} (or a value this input cannot show) empties it. */
    void setValue(JsonNode value);

    void setReadOnly(boolean readOnly);

    /** Why what the user typed cannot be read (and so must not replace the answer), if it cannot. */
    default Optional<String> unreadable() {
        return Optional.empty();
    }
}
