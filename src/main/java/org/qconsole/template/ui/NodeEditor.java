package org.qconsole.template.ui;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.qconsole.model.Question;
import org.qconsole.model.TemplateDefinition;

/**
 * The designer's editor of one node of the draft (its details, a section, a question, a text). An editor
 * never holds the draft: each user edit hands the view a change to apply to the current draft.
 */
abstract class NodeEditor extends VerticalLayout {

    /** How an editor changes the draft; the view saves it and refreshes the preview (and the outline). */
    @FunctionalInterface
    interface DraftChange {
        void apply(UnaryOperator<TemplateDefinition> change, boolean outlineLabelsChanged);
    }

    /** @param titleKey the key of the editor's title in the messages */
    NodeEditor(String titleKey) {
        setPadding(false);
        add(new H3(getTranslation(titleKey)));
    }

    static TextField textField(String label, String id, String value) {
        TextField field = new TextField(label);
        field.setId(id);
        field.setValue(value == null ? "" : value);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setWidthFull();
        return field;
    }

    /** Runs {@code apply} after a user's change only: setting a value from the draft is no edit. */
    static void onClientChange(HasValue<?, ?> field, Runnable apply) {
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                apply.run();
            }
        });
    }

    /** Questions before the given item in reading order: the only ones its conditions may read. */
    static List<Question> earlierQuestions(TemplateDefinition definition, String key) {
        List<Question> earlier = new ArrayList<>();
        for (Question q : definition.questions()) {
            if (q.key().equals(key)) {
                break;
            }
            earlier.add(q);
        }
        return earlier;
    }
}
