package org.qconsole.answer.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.function.Consumer;

/** Small helpers shared by the designer's answer-settings forms. */
public final class SettingsFields {

    static final int LAZY_TIMEOUT_MS = 400;

    private SettingsFields() {
    }

    /** A text area for one-entry-a-line settings (options, rows, columns). */
    static TextArea linesArea(String id, String label, String helper, String text) {
        TextArea area = new TextArea(label);
        area.setId(id);
        area.setWidthFull();
        area.setHelperText(helper);
        area.setValue(text == null ? "" : text);
        area.setManualValidation(true);
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setValueChangeTimeout(LAZY_TIMEOUT_MS);
        return area;
    }

    static TextField lazyTextField(String id, String label, String text) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setValue(text == null ? "" : text);
        field.setManualValidation(true);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(LAZY_TIMEOUT_MS);
        return field;
    }

    /** Runs the action on each change the user makes (not on programmatic ones). */
    public static <V> void onUserEdit(HasValue<?, V> field, Consumer<V> action) {
        field.addValueChangeListener(event -> {
            if (event.isFromClient()) {
                action.accept(event.getValue());
            }
        });
    }

    /** Marks the field invalid with the message, or valid when the message is {@code null}. */
    static void error(HasValidationProperties field, String message) {
        field.setInvalid(message != null);
        field.setErrorMessage(message);
    }
}
