package org.qconsole.answer.ui;

import com.vaadin.flow.component.AbstractSinglePropertyField;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.dom.Element;
import elemental.json.Json;
import elemental.json.JsonArray;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The check boxes of a multiple choice: a {@code <vaadin-checkbox-group>} whose {@code value} is the list of
 * checked option values, as Vaadin's {@code CheckboxGroup} has it, but each option a plain
 * {@code <vaadin-checkbox>} element, not a component. {@code CheckboxGroup} makes every option a full
 * {@code Checkbox} with its own value listeners, validation and label component, about 4 KB of server memory
 * each, for an option whose state the group's web component already keeps (it checks its boxes from its
 * {@code value} and updates {@code value} as they are clicked, and passes {@code readonly} on to them). The page
 * in the browser is the same.
 */
@Tag("vaadin-checkbox-group")
// The web components Vaadin's CheckboxGroup and Checkbox load (their npm packages come with vaadin-checkbox-flow).
@JsModule("@vaadin/checkbox-group/src/vaadin-checkbox-group.js")
@JsModule("@vaadin/checkbox/src/vaadin-checkbox.js")
final class ChoiceBoxes extends AbstractSinglePropertyField<ChoiceBoxes, Set<String>> {

    private final List<String> values;

    /** @param labels the label of each option value, in the questionnaire's language */
    ChoiceBoxes(List<String> values, Map<String, String> labels) {
        super("value", Set.of(), JsonArray.class, ChoiceBoxes::toModel, ChoiceBoxes::toPresentation);
        this.values = List.copyOf(values);
        for (String value : values) {
            Element box = new Element("vaadin-checkbox");
            box.setAttribute("value", value);
            box.setProperty("label", labels.getOrDefault(value, value));
            getElement().appendChild(box);
        }
    }

    /** Options the browser sends that are not this question's are no answer: the value stays as it was. */
    @Override
    protected boolean hasValidValue() {
        Object raw = getElement().getPropertyRaw("value");
        if (!(raw instanceof JsonArray array)) {
            return raw == null;
        }
        for (int i = 0; i < array.length(); i++) {
            if (!values.contains(array.get(i).asString())) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> toModel(ChoiceBoxes boxes, JsonArray checked) {
        Set<String> selected = new LinkedHashSet<>();
        if (checked != null) {
            for (int i = 0; i < checked.length(); i++) {
                selected.add(checked.get(i).asString());
            }
        }
        return boxes.values.stream().filter(selected::contains).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static JsonArray toPresentation(ChoiceBoxes boxes, Set<String> selected) {
        JsonArray checked = Json.createArray();
        boxes.values.stream().filter(selected::contains).forEach(value -> checked.set(checked.length(), value));
        return checked;
    }
}
