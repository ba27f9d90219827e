package org.qconsole.answer.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Consumer;
import org.qconsole.model.AnswerSpec.Display;
import org.qconsole.model.AnswerSpec.Option;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;

/**
 * The settings of a single or multiple choice: the options ({@code answer-options}, one
 * {@code value = Label} a line), and the display ({@code answer-display}) of a single choice or the
 * "Other, please specify" box ({@code answer-other}, {@code answer-other-label}) and the options chosen
 * alone ({@code answer-exclusive}, e.g. "None") of a multiple choice; for both, the options with a box to
 * specify ({@code answer-specify}) and those whose box must be filled ({@code answer-specify-required}); the
 * total of a multiple choice's number boxes ({@code answer-total}).
 * An invalid entry shows an error on its field and keeps the last valid settings.
 */
final class ChoiceSettings extends VerticalLayout {

    static final String DEFAULT_OTHER_LABEL = "Other, please specify";

    private final Consumer<AnswerSpec> onEdit;
    private final TextArea optionLines;
    private List<Option> options;
    /** The single choice's display; unused for a multiple choice. */
    private Display display;
    /** The multiple choice's "Other" label (null: none); unused for a single choice. */
    private LocalizedText otherLabelValue;
    private final boolean single;
    private Checkbox other;
    private TextField otherLabel;
    /** The "Other" label last used, so that unticking and ticking again keeps its translations. */
    private LocalizedText lastOtherLabel;
    /** The total of a multiple choice's number boxes (null: none); unused for a single choice. */
    private BigDecimal total;
    /** The multiple choice's options chosen alone; null for a single choice. */
    private CheckboxGroup<String> exclusive;
    private final OptionBoxSettings boxes;

    private ChoiceSettings(List<Option> options, boolean single, Consumer<AnswerSpec> onEdit) {
        this.options = options;
        this.single = single;
        this.onEdit = onEdit;
        setPadding(false);
        optionLines = SettingsFields.linesArea("answer-options", "Options",
                "One option a line: value = Label, e.g. email = Email/messaging technologies."
                        + " Without \"=\", the value is made from the label.",
                OptionLines.formatOptions(options));
        SettingsFields.onUserEdit(optionLines, this::optionsEdited);
        boxes = new OptionBoxSettings(edited -> {
            this.options = edited;
            edited();
        });
        boxes.show(options);
        add(optionLines);
    }

    static ChoiceSettings single(AnswerSpec.SingleChoice spec, Consumer<AnswerSpec> onEdit) {
        ChoiceSettings settings = new ChoiceSettings(spec.options(), true, onEdit);
        settings.display = spec.display();
        Select<Display> display = new Select<>();
        display.setId("answer-display");
        display.setLabel("Display");
        display.setItems(Display.values());
        display.setItemLabelGenerator(d -> d == Display.DROPDOWN ? "Dropdown" : "Radio buttons");
        display.setValue(spec.display());
        SettingsFields.onUserEdit(display, d -> {
            settings.display = d == null ? Display.RADIO : d;
            settings.edited();
        });
        settings.add(display);
        settings.add(settings.boxes.components());
        return settings;
    }

    static ChoiceSettings multiple(AnswerSpec.MultipleChoice spec, Consumer<AnswerSpec> onEdit) {
        ChoiceSettings settings = new ChoiceSettings(spec.options(), false, onEdit);
        settings.otherLabelValue = spec.otherLabel();
        settings.lastOtherLabel = spec.otherLabel();
        settings.other = new Checkbox("Offer “Other, please specify”", spec.otherLabel() != null);
        settings.other.setId("answer-other");
        settings.otherLabel = SettingsFields.lazyTextField("answer-other-label", "Label of “Other” (English)",
                spec.otherLabel() == null ? DEFAULT_OTHER_LABEL : spec.otherLabel().english());
        settings.otherLabel.setVisible(settings.other.getValue());
        settings.otherLabel.setWidthFull();
        SettingsFields.onUserEdit(settings.other, on -> settings.otherEdited());
        SettingsFields.onUserEdit(settings.otherLabel, text -> settings.otherEdited());
        settings.exclusive = new CheckboxGroup<>("Chosen alone (clears the other answers, e.g. “None”)");
        settings.exclusive.setId("answer-exclusive");
        settings.showExclusiveChoices();
        SettingsFields.onUserEdit(settings.exclusive, chosen -> {
            settings.options = settings.options.stream().map(o -> o.withExclusive(chosen.contains(o.value())))
                    .toList();
            settings.boxes.show(settings.options);
            settings.edited();
        });
        settings.add(settings.other, settings.otherLabel, settings.exclusive);
        settings.add(settings.boxes.components());
        settings.total = spec.total();
        settings.add(CheckSettings.total(spec.total(), total -> {
            settings.total = total;
            settings.edited();
        }));
        return settings;
    }

    /** Lists the options to choose from, the exclusive ones ticked. */
    private void showExclusiveChoices() {
        exclusive.setItems(options.stream().map(Option::value).toList());
        exclusive.setItemLabelGenerator(value -> options.stream().filter(o -> o.value().equals(value)).findFirst()
                .map(o -> o.label().english()).orElse(value));
        exclusive.setValue(options.stream().filter(Option::exclusive).map(Option::value)
                .collect(java.util.stream.Collectors.toSet()));
    }

    private void optionsEdited(String text) {
        OptionLines.Parsed<Option> parsed = OptionLines.parseOptions(text, options);
        SettingsFields.error(optionLines, parsed.ok() ? null : parsed.errorMessage());
        if (parsed.ok()) {
            // The lines say values and labels; an option kept by value stays chosen alone or not, and keeps its box.
            List<String> alone = options.stream().filter(Option::exclusive).map(Option::value).toList();
            options = parsed.items().stream().map(o -> o.withExclusive(alone.contains(o.value()))
                    .withSpecify(boxOf(o.value()))).toList();
            if (exclusive != null) {
                showExclusiveChoices();
            }
            boxes.show(options);
            edited();
        }
    }

    private AnswerSpec.Specify boxOf(String value) {
        return options.stream().filter(o -> o.value().equals(value)).findFirst().map(Option::specify).orElse(null);
    }

    private void otherEdited() {
        otherLabel.setVisible(other.getValue());
        if (!other.getValue()) {
            SettingsFields.error(otherLabel, null);
            otherLabelValue = null;
            edited();
            return;
        }
        String english = otherLabel.getValue().trim();
        if (english.isEmpty()) {
            SettingsFields.error(otherLabel, "Enter the label, e.g. " + DEFAULT_OTHER_LABEL);
            return;
        }
        SettingsFields.error(otherLabel, null);
        lastOtherLabel = lastOtherLabel == null ? LocalizedText.en(english) : lastOtherLabel.with(Language.EN, english);
        otherLabelValue = lastOtherLabel;
        edited();
    }

    private void edited() {
        onEdit.accept(single ? new AnswerSpec.SingleChoice(options, display)
                : new AnswerSpec.MultipleChoice(options, otherLabelValue, total));
    }
}
