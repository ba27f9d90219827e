package org.qconsole.answer.stars;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.stream.IntStream;
import org.qconsole.answer.ui.AnswerField;
import org.qconsole.answer.ui.AnswerInputProvider;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;

/** The fill-in field of a {@link Stars} answer: one radio button per star count. */
final class StarsInput implements AnswerField {

    private final RadioButtonGroup<Integer> stars = new RadioButtonGroup<>();

    StarsInput(String id, Stars spec, Runnable onChange) {
        stars.setId(id);
        stars.setItems(IntStream.rangeClosed(1, spec.max()).boxed().toList());
        stars.setItemLabelGenerator(n -> "★".repeat(n));
        stars.addValueChangeListener(e -> onChange.run());
    }

    @Override
    public Component component() {
        return stars;
    }

    @Override
    public JsonNode value() {
        return stars.getValue() == null ? null : IntNode.valueOf(stars.getValue());
    }

    @Override
    public void setValue(JsonNode value) {
        stars.setValue(value != null && value.canConvertToInt() ? value.intValue() : null);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        stars.setReadOnly(readOnly);
    }

    /** Registers the field (listed in META-INF/services/org.qconsole.answer.ui.AnswerInputProvider). */
    public static final class Provider implements AnswerInputProvider {
        @Override
        public Class<? extends AnswerSpec.Custom> specType() {
            return Stars.class;
        }

        @Override
        public AnswerField create(String id, AnswerSpec.Custom spec, Language language, Runnable onChange) {
            return new StarsInput(id, (Stars) spec, onChange);
        }
    }
}
