package org.qconsole.answer.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.HasValue;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;

/**
 * The boxes beside the options that have one ("Yes, to some extent: please specify", "Email: share of
 * requests, %"): a text or number field each, shown while its option is chosen. What they hold goes into the
 * answer as {@code "specify": {"<option>": "words" or a number}}, for chosen options only (see
 * docs/template-format.md). Each box is the field a question of its kind has.
 */
final class OptionBoxFields {

    private final Map<String, AnswerField> boxes = new LinkedHashMap<>();

    OptionBoxFields(String id, List<AnswerSpec.Option> options, Language language, Runnable onChange) {
        for (AnswerSpec.Option option : options) {
            AnswerSpec.Specify specify = option.specify();
            if (specify != null) {
                AnswerField box = specify.number() != null
                        ? AnswerFields.number(specify.number().asAnswer(), language, onChange)
                        : AnswerFields.shortText(AnswerSpec.ShortText.DEFAULT_MAX_LENGTH, onChange);
                Component field = box.component();
                field.setId(id + "-specify-" + option.value());
                ((HasLabel) field).setLabel(option.label().in(language) + ": " + specify.shownLabel().in(language));
                ((HasValue<?, ?>) field).setRequiredIndicatorVisible(specify.required());
                ((HasSize) field).setWidthFull();
                field.setVisible(false);
                boxes.put(option.value(), box);
            }
        }
    }

    /** Whether any option of these has a box. */
    static boolean any(List<AnswerSpec.Option> options) {
        return options.stream().anyMatch(o -> o.specify() != null);
    }

    /** The boxes' fields, to place after the options. */
    Component[] components() {
        return boxes.values().stream().map(AnswerField::component).toArray(Component[]::new);
    }

    /** Shows the boxes of the options chosen, hides the others (what they hold stays on the page, unsaved). */
    void show(Collection<String> chosen) {
        boxes.forEach((option, box) -> box.component().setVisible(chosen.contains(option)));
    }

    /** Whether a chosen option's box holds something. */
    boolean holdsAny(Collection<String> chosen) {
        return boxes.entrySet().stream().anyMatch(b -> chosen.contains(b.getKey()) && b.getValue().value() != null);
    }

    /** Puts what the boxes of the options chosen hold into the answer. */
    void write(ObjectNode answer, Collection<String> chosen) {
        if (!holdsAny(chosen)) {
            return;
        }
        ObjectNode held = answer.putObject("specify");
        boxes.forEach((option, box) -> {
            JsonNode value = box.value();
            if (chosen.contains(option) && value != null) {
                held.set(option, value);
            }
        });
    }

    /** Shows what a stored answer holds in each box. */
    void read(JsonNode answer) {
        boxes.forEach((option, box) -> {
            JsonNode held = answer == null ? null : answer.path("specify").path(option);
            box.setValue(held == null || held.isMissingNode() ? null : held);
        });
    }

    void setReadOnly(boolean readOnly) {
        boxes.values().forEach(box -> box.setReadOnly(readOnly));
    }

    /** Why what was typed into a shown box cannot be read (letters in a number box), if it cannot. */
    Optional<String> unreadable() {
        return boxes.values().stream().filter(box -> box.component().isVisible())
                .map(AnswerField::unreadable).flatMap(Optional::stream).findFirst();
    }
}
