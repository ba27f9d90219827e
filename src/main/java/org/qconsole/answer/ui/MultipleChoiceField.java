package org.qconsole.answer.ui;

import static org.qconsole.answer.ui.AnswerFields.JSON;
import static org.qconsole.answer.ui.AnswerFields.labels;
import static org.qconsole.answer.ui.AnswerFields.values;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;

/**
 * Check boxes, and an "Other, please specify" box when the spec has {@code otherLabel}. Ticking an
 * exclusive option ("None") clears the other boxes and the "Other" text; ticking another box or writing in
 * "Other" clears the exclusive one, so the value sent is always one the server accepts.
 */
final class MultipleChoiceField implements AnswerField {
    private final Div box = new Div();
    private final List<String> values;
    private final Set<String> exclusive;
    private final ChoiceBoxes group;
    private final TextField other;
    private final OptionBoxFields boxes;

    MultipleChoiceField(String id, AnswerSpec.MultipleChoice spec, Language language, Runnable onChange) {
        values = values(spec.options());
        exclusive = spec.options().stream().filter(AnswerSpec.Option::exclusive).map(AnswerSpec.Option::value)
                .collect(Collectors.toSet());
        group = new ChoiceBoxes(values, labels(spec.options(), language));
        group.addValueChangeListener(e -> {
            if (e.isFromClient() && keepExclusiveAlone(e.getOldValue(), e.getValue())) {
                return; // the corrected value fires its own change
            }
            onChange.run();
        });
        group.setId(id);
        box.add(group);
        boxes = new OptionBoxFields(id, spec.options(), language, onChange);
        group.addValueChangeListener(e -> boxes.show(group.getValue()));
        box.add(boxes.components());
        if (spec.otherLabel() == null || spec.otherLabel().isEmpty()) {
            other = null;
        } else {
            other = new TextField(spec.otherLabel().in(language));
            other.setId(id + "-other");
            other.setMaxLength(AnswerSpec.ShortText.DEFAULT_MAX_LENGTH);
            other.setValueChangeMode(ValueChangeMode.LAZY);
            other.setWidthFull();
            other.addValueChangeListener(e -> {
                if (e.isFromClient() && !e.getValue().isBlank()) {
                    group.setValue(without(group.getValue(), exclusive));
                }
                onChange.run();
            });
            box.add(other);
        }
    }

    /**
     * After the user ticked a box: an exclusive one newly ticked stays alone, any other newly ticked box
     * clears the exclusive ones. Returns whether the selection was corrected.
     */
    private boolean keepExclusiveAlone(Set<String> before, Set<String> after) {
        Set<String> added = without(after, before);
        Set<String> corrected = added.stream().anyMatch(exclusive::contains)
                ? added.stream().filter(exclusive::contains).limit(1).collect(Collectors.toSet())
                : without(after, added.isEmpty() ? Set.of() : exclusive);
        if (corrected.equals(after)) {
            return false;
        }
        if (other != null && corrected.stream().anyMatch(exclusive::contains)) {
            other.clear();
        }
        group.setValue(corrected);
        return true;
    }

    private static Set<String> without(Set<String> from, Set<String> removed) {
        return from.stream().filter(v -> !removed.contains(v)).collect(Collectors.toSet());
    }

    @Override
    public Component component() {
        return box;
    }

    @Override
    public JsonNode value() {
        Set<String> selected = group.getValue();
        String otherText = other == null ? "" : other.getValue();
        if (selected.isEmpty() && otherText.isBlank()) {
            return null;
        }
        ObjectNode answer = JSON.objectNode();
        ArrayNode chosen = answer.putArray("selected");
        values.stream().filter(selected::contains).forEach(chosen::add);
        if (!otherText.isBlank()) {
            answer.put("other", otherText);
        }
        boxes.write(answer, selected);
        return answer;
    }

    @Override
    public void setValue(JsonNode json) {
        JsonNode answer = json == null ? JSON.missingNode() : json;
        List<String> selected = new ArrayList<>();
        answer.path("selected").forEach(v -> selected.add(v.asText()));
        group.setValue(selected.stream().filter(values::contains).collect(Collectors.toSet()));
        if (other != null) {
            other.setValue(answer.path("other").isTextual() ? answer.path("other").asText() : "");
        }
        boxes.read(json);
        boxes.show(group.getValue());
    }

    @Override
    public Optional<String> unreadable() {
        return boxes.unreadable();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        group.setReadOnly(readOnly);
        boxes.setReadOnly(readOnly);
        if (other != null) {
            other.setReadOnly(readOnly);
        }
    }
}
