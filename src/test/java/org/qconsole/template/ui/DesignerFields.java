package org.qconsole.template.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/** The designer's fields by id, for browserless tests, and a question added as a designer adds one. */
final class DesignerFields {

    private DesignerFields() {
    }

    /** Adds a question to the section open in the designer: its key, English wording and kind of answer. */
    static void addQuestion(String key, String wording, String kind) {
        _click(_get(Button.class, s -> s.withId("designer-add-question")));
        _setValue(text("item-key"), key);
        _setValue(area("item-text-en"), wording);
        _setValue(select("answer-kind"), kind);
    }

    static TextField text(String id) {
        return _get(TextField.class, s -> s.withId(id));
    }

    static TextArea area(String id) {
        return _get(TextArea.class, s -> s.withId(id));
    }

    @SuppressWarnings("unchecked")
    static Select<String> select(String id) {
        return _get(Select.class, s -> s.withId(id));
    }
}
