package org.qconsole.answer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.AbstractNumberField;
import com.vaadin.flow.component.textfield.IntegerField;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qconsole.model.Language;

/**
 * What the user typed into a number or date field that the field cannot read ({@code abc}, {@code 1e400},
 * {@code 2024-02-30}). The field's value is then empty, but the typed text is still in the browser: the form
 * must say why and keep the stored answer rather than take the empty value as "answer removed".
 */
final class UnreadableInput {

    /** The date format of every date field, so that the message above says how to type a date. */
    static final String DATE_FORMAT = "yyyy-MM-dd";

    private static final Pattern DATE_SHAPE = Pattern.compile("(\\d+)-(\\d{1,2})-(\\d{1,2})");

    private UnreadableInput() {
    }

    /** Why the field's input cannot be read, if it cannot: in the language of the form it is on. */
    static Optional<String> of(Component field) {
        if (field instanceof AbstractNumberField<?, ?> number && number.getValue() == null
                && number.getElement().getProperty("_hasInputValue", false)) {
            // The browser does not pass on the text of a number input it cannot read, only that there is some.
            return Optional.of(FormWords.of(FormWords.languageOf(field),
                    field instanceof IntegerField ? "answer.input.wholeNumber" : "answer.input.number"));
        }
        if (field instanceof DatePicker picker && picker.getValue() == null) {
            String typed = picker.getElement().getProperty("_inputElementValue", "").trim();
            return typed.isEmpty() ? Optional.empty() : Optional.of(date(typed, FormWords.languageOf(field)));
        }
        return Optional.empty();
    }

    /** Why {@code typed} is not a date the form takes. */
    static String date(String typed, Language language) {
        Matcher parts = DATE_SHAPE.matcher(typed);
        if (!parts.matches()) {
            return FormWords.of(language, "answer.input.date");
        }
        if (parts.group(1).length() > 4 || Integer.parseInt(parts.group(1)) < 1) {
            return FormWords.of(language, "answer.input.yearOutOfRange", typed);
        }
        try {
            LocalDate.of(Integer.parseInt(parts.group(1)), Integer.parseInt(parts.group(2)),
                    Integer.parseInt(parts.group(3)));
            return FormWords.of(language, "answer.input.date");
        } catch (DateTimeException e) {
            return FormWords.of(language, "answer.input.notADate", typed);
        }
    }
}
