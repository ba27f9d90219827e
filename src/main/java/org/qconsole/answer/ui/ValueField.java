package org.qconsole.answer.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.data.binder.HasValidator;
import java.util.Optional;
import java.util.function.Function;

/** One Vaadin field, its value converted to and from JSON. */
final class ValueField<C extends Component & HasValue<?, V>, V> implements AnswerField {
    private final C field;
    private final Function<V, JsonNode> toJson;
    private final Function<JsonNode, V> fromJson;

    ValueField(C field, Function<V, JsonNode> toJson, Function<JsonNode, V> fromJson, Runnable onChange) {
        this.field = field;
        this.toJson = toJson;
        this.fromJson = fromJson;
        field.addValueChangeListener(e -> onChange.run());
        if (field instanceof HasValidator<?> validated) {
            // Input the field cannot read changes no value when the field was empty: only its validity.
            validated.addValidationStatusChangeListener(e -> onChange.run());
        }
    }

    @Override
    public Component component() {
        return field;
    }

    @Override
    public Optional<String> unreadable() {
        return UnreadableInput.of(field);
    }

    @Override
    public JsonNode value() {
        return field.isEmpty() ? null : toJson.apply(field.getValue());
    }

    @Override
    public void setValue(JsonNode json) {
        V value = json == null || json.isNull() || json.isMissingNode() ? null : fromJson.apply(json);
        field.setValue(value == null ? field.getEmptyValue() : value);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        field.setReadOnly(readOnly);
    }
}
