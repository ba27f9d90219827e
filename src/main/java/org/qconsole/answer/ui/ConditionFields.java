package org.qconsole.answer.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.function.Consumer;
import org.qconsole.model.Condition;
import org.qconsole.model.Question;

/**
 * Makes the designer's condition editor for a repeated question (its "show only when" and its "required only
 * when", reading earlier questions of the same repetition). The designer supplies it, so that the answer
 * settings here need not know the designer's editor.
 */
@FunctionalInterface
public interface ConditionFields {

    /**
     * @param idPrefix put before the editor's ids
     * @param label what the condition decides, e.g. "Show only when… (in the same repetition)"
     * @param earlier the questions the condition may read
     * @param onEdit called with the new condition ({@code null}: none) after each edit by the user
     */
    Component editor(String idPrefix, String label, List<Question> earlier, Condition value,
            Consumer<Condition> onEdit);
}
