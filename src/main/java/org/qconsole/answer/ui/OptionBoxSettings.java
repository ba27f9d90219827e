package org.qconsole.answer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.qconsole.model.AnswerSpec.Option;
import org.qconsole.model.AnswerSpec;

/**
 * Which options of a choice have a box to specify in words ({@code answer-specify}: "Yes, to some extent
 * (please specify)") and whose box must then be filled ({@code answer-specify-required}). A box's own label
 * from the template file is kept when its option is edited; a new box asks "Please specify".
 */
final class OptionBoxSettings {

    private final CheckboxGroup<String> withBox = new CheckboxGroup<>("With a box to specify in words");
    private final CheckboxGroup<String> required = new CheckboxGroup<>("The box must be filled when chosen");
    private List<Option> options = List.of();

    /** @param onEdit receives the options with their boxes as the designer changed them */
    OptionBoxSettings(Consumer<List<Option>> onEdit) {
        withBox.setId("answer-specify");
        required.setId("answer-specify-required");
        SettingsFields.onUserEdit(withBox, chosen -> {
            options = options.stream().map(o -> o.withSpecify(chosen.contains(o.value())
                    ? (o.specify() == null ? new AnswerSpec.Specify(null, false) : o.specify()) : null)).toList();
            show(options);
            onEdit.accept(options);
        });
        SettingsFields.onUserEdit(required, chosen -> {
            options = options.stream().map(o -> o.specify() == null ? o
                    : o.withSpecify(new AnswerSpec.Specify(o.specify().label(), chosen.contains(o.value())))).toList();
            onEdit.accept(options);
        });
    }

    Component[] components() {
        return new Component[] {withBox, required};
    }

    /** Lists these options, those with a box ticked, and those boxes, the required ones ticked. */
    void show(List<Option> shown) {
        options = shown;
        withBox.setItems(shown.stream().map(Option::value).toList());
        withBox.setItemLabelGenerator(this::label);
        withBox.setValue(values(shown.stream().filter(o -> o.specify() != null)));
        List<String> boxed = shown.stream().filter(o -> o.specify() != null).map(Option::value).toList();
        required.setItems(boxed);
        required.setItemLabelGenerator(this::label);
        required.setValue(values(shown.stream().filter(o -> o.specify() != null && o.specify().required())));
        required.setVisible(!boxed.isEmpty());
    }

    private String label(String value) {
        return options.stream().filter(o -> o.value().equals(value)).findFirst().map(o -> o.label().english())
                .orElse(value);
    }

    private static Set<String> values(java.util.stream.Stream<Option> options) {
        return options.map(Option::value).collect(Collectors.toSet());
    }
}
