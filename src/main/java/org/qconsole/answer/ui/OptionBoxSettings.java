package org.qconsole.answer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.qconsole.model.AnswerSpecParts.Option;
import org.qconsole.model.AnswerSpec;

/**
 * Which options of a choice have a box to specify ({@code answer-specify}: "Yes, to some extent (please
 * specify)"), whose box must then be filled ({@code answer-specify-required}) and which boxes take a number
 * ({@code answer-specify-number}: "a percentage against each option"), with the number settings of every
 * number box of the question ({@code answer-integer}, {@code answer-min}, {@code answer-max},
 * {@code answer-unit}, as a number question has them). A box's own label from the template file is kept when
 * its option is edited; a new box asks "Please specify".
 */
final class OptionBoxSettings {

    private final CheckboxGroup<String> withBox = new CheckboxGroup<>(
            DesignerWords.translate("answer.box.withBox"));
    private final CheckboxGroup<String> required = new CheckboxGroup<>(
            DesignerWords.translate("answer.box.required"));
    private final CheckboxGroup<String> numbers = new CheckboxGroup<>(
            DesignerWords.translate("answer.box.number"));
    private final Div numberSettings = new Div();
    private final Consumer<List<Option>> onEdit;
    private List<Option> options = List.of();

    /** @param onEdit receives the options with their boxes as the designer changed them */
    OptionBoxSettings(Consumer<List<Option>> onEdit) {
        this.onEdit = onEdit;
        withBox.setId("answer-specify");
        required.setId("answer-specify-required");
        numbers.setId("answer-specify-number");
        SettingsFields.onUserEdit(numbers, chosen -> {
            AnswerSpec.NumberBox shared = sharedNumberSettings();
            options = options.stream().map(o -> o.specify() == null ? o : o.withSpecify(new AnswerSpec.Specify(
                    o.specify().label(), o.specify().required(), chosen.contains(o.value())
                            ? (o.specify().number() == null ? shared : o.specify().number()) : null))).toList();
            show(options);
            onEdit.accept(options);
        });
        SettingsFields.onUserEdit(withBox, chosen -> {
            options = options.stream().map(o -> o.withSpecify(chosen.contains(o.value())
                    ? (o.specify() == null ? new AnswerSpec.Specify(null, false) : o.specify()) : null)).toList();
            show(options);
            onEdit.accept(options);
        });
        SettingsFields.onUserEdit(required, chosen -> {
            options = options.stream().map(o -> o.specify() == null ? o
                    : o.withSpecify(o.specify().withRequired(chosen.contains(o.value())))).toList();
            onEdit.accept(options);
        });
    }

    Component[] components() {
        return new Component[] {withBox, required, numbers, numberSettings};
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
        numbers.setItems(boxed);
        numbers.setItemLabelGenerator(this::label);
        numbers.setValue(values(shown.stream().filter(o -> o.specify() != null && o.specify().number() != null)));
        numbers.setVisible(!boxed.isEmpty());
        showNumberSettings();
    }

    /** The settings of the number boxes, shown while there is one; an edit applies to every number box. */
    private void showNumberSettings() {
        numberSettings.removeAll();
        if (options.stream().noneMatch(o -> o.specify() != null && o.specify().number() != null)) {
            return;
        }
        numberSettings.add(SimpleSettings.number(sharedNumberSettings().asAnswer(), edited -> {
            AnswerSpec.NumberAnswer number = (AnswerSpec.NumberAnswer) edited;
            AnswerSpec.NumberBox box = new AnswerSpec.NumberBox(number.integer(), number.min(), number.max(),
                    number.unit());
            options = options.stream().map(o -> o.specify() == null || o.specify().number() == null ? o
                    : o.withSpecify(new AnswerSpec.Specify(o.specify().label(), o.specify().required(), box)))
                    .toList();
            onEdit.accept(options);
        }));
    }

    /** The settings of the first number box (all of them, when the designer made them), or none yet. */
    private AnswerSpec.NumberBox sharedNumberSettings() {
        return options.stream().filter(o -> o.specify() != null && o.specify().number() != null).findFirst()
                .map(o -> o.specify().number()).orElse(new AnswerSpec.NumberBox(false, null, null, null));
    }

    private String label(String value) {
        return options.stream().filter(o -> o.value().equals(value)).findFirst().map(o -> o.label().english())
                .orElse(value);
    }

    private static Set<String> values(java.util.stream.Stream<Option> options) {
        return options.map(Option::value).collect(Collectors.toSet());
    }
}
