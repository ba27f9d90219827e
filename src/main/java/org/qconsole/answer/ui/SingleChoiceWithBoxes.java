package org.qconsole.answer.ui;

import static org.qconsole.answer.ui.AnswerFields.JSON;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;

/**
 * A single choice some of whose options have a box for words: the option's value alone, {@code "partly"},
 * or with the words of its box, {@code {"selected": "partly", "specify": {"partly": "in two ministries"}}}.
 */
final class SingleChoiceWithBoxes<C extends Component & HasValue<?, String>> implements AnswerField {

    private final Div box = new Div();
    private final C choice;
    private final List<String> values;
    private final OptionBoxFields boxes;

    SingleChoiceWithBoxes(String id, C choice, AnswerSpec.SingleChoice spec, Language language, Runnable onChange) {
        this.choice = choice;
        this.values = AnswerFields.values(spec.options());
        this.boxes = new OptionBoxFields(id, spec.options(), language, onChange);
        choice.setId(id);
        choice.addValueChangeListener(e -> {
            boxes.show(chosen());
            onChange.run();
        });
        box.add(choice);
        box.add(boxes.components());
    }

    private Set<String> chosen() {
        return choice.getValue() == null ? Set.of() : Set.of(choice.getValue());
    }

    @Override
    public Component component() {
        return box;
    }

    @Override
    public JsonNode value() {
        String chosen = choice.getValue();
        if (chosen == null || chosen.isEmpty()) {
            return null;
        }
        if (!boxes.holdsAny(chosen())) {
            return JSON.textNode(chosen);
        }
        ObjectNode answer = JSON.objectNode();
        answer.put("selected", chosen);
        boxes.write(answer, chosen());
        return answer;
    }

    @Override
    public void setValue(JsonNode json) {
        JsonNode selected = json == null ? null : json.isObject() ? json.path("selected") : json;
        String value = selected != null && selected.isTextual() && values.contains(selected.asText())
                ? selected.asText() : null;
        choice.setValue(value == null ? choice.getEmptyValue() : value);
        boxes.read(json);
        boxes.show(chosen());
    }

    @Override
    public Optional<String> unreadable() {
        return boxes.unreadable();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        choice.setReadOnly(readOnly);
        boxes.setReadOnly(readOnly);
    }
}
