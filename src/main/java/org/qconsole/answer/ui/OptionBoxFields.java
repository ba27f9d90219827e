package org.qconsole.answer.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;

/**
 * The boxes beside the options that have one ("Yes, to some extent: please specify"): a text field each,
 * shown while its option is chosen. Their words go into the answer as {@code "specify": {"<option>": "words"}},
 * for chosen options only (see docs/template-format.md).
 */
final class OptionBoxFields {

    private final Map<String, TextField> boxes = new LinkedHashMap<>();

    OptionBoxFields(String id, List<AnswerSpec.Option> options, Language language, Runnable onChange) {
        for (AnswerSpec.Option option : options) {
            if (option.specify() != null) {
                TextField box = new TextField(option.label().in(language) + ": "
                        + option.specify().shownLabel().in(language));
                box.setId(id + "-specify-" + option.value());
                box.setMaxLength(AnswerSpec.ShortText.DEFAULT_MAX_LENGTH);
                box.setValueChangeMode(ValueChangeMode.LAZY);
                box.setWidthFull();
                box.setRequiredIndicatorVisible(option.specify().required());
                box.setVisible(false);
                box.addValueChangeListener(e -> onChange.run());
                boxes.put(option.value(), box);
            }
        }
    }

    /** Whether any option of these has a box. */
    static boolean any(List<AnswerSpec.Option> options) {
        return options.stream().anyMatch(o -> o.specify() != null);
    }

    Collection<TextField> components() {
        return boxes.values();
    }

    /** Shows the boxes of the options chosen, hides the others (their words are kept on the page, not saved). */
    void show(Collection<String> chosen) {
        boxes.forEach((option, box) -> box.setVisible(chosen.contains(option)));
    }

    /** Whether a chosen option's box has words. */
    boolean hasWords(Collection<String> chosen) {
        return boxes.entrySet().stream().anyMatch(b -> chosen.contains(b.getKey()) && !b.getValue().isEmpty());
    }

    /** Puts the words in the boxes of the options chosen into the answer. */
    void write(ObjectNode answer, Collection<String> chosen) {
        if (!hasWords(chosen)) {
            return;
        }
        ObjectNode words = answer.putObject("specify");
        boxes.forEach((option, box) -> {
            if (chosen.contains(option) && !box.getValue().isBlank()) {
                words.put(option, box.getValue());
            }
        });
    }

    /** Shows the words a stored answer has in each box. */
    void read(JsonNode answer) {
        boxes.forEach((option, box) -> {
            JsonNode words = answer == null ? null : answer.path("specify").path(option);
            box.setValue(words != null && words.isTextual() ? words.asText() : "");
        });
    }

    void setReadOnly(boolean readOnly) {
        boxes.values().forEach(box -> box.setReadOnly(readOnly));
    }

    /** @return a component to place the boxes after the options */
    static Component[] asArray(OptionBoxFields boxes) {
        return boxes.components().toArray(Component[]::new);
    }
}
