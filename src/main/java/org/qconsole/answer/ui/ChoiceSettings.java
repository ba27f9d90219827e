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
import org.qconsole.model.AnswerSpecParts.Display;
import org.qconsole.model.AnswerSpecParts.Option;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.OptionList;

/**
 * The settings of a single or multiple choice: the options ({@code answer-options}, one
 * {@code value = Label} a line), and the display ({@code answer-display}) of a single choice or the
 * "Other, please specify" box ({@code answer-other}, {@code answer-other-label}) and the options chosen
 * alone ({@code answer-exclusive}, e.g. "None") of a multiple choice; for both, the options with a box to
 * specify ({@code answer-specify}) and those whose box must be filled ({@code answer-specify-required}); the
 * total of a multiple choice's number boxes ({@code answer-total}). When the version has shared option lists,
 * {@code answer-option-list} takes the options from one of them instead (read-only here, edited with the
 * version's details; boxes and options chosen alone come with the list).
 * An invalid entry shows an error on its field and keeps the last valid settings.
 */
final class ChoiceSettings extends VerticalLayout {

    /** The English label of a new "Other" (the designer edits English). */
    static final String DEFAULT_OTHER_LABEL = FormWords.of(Language.EN, "answer.choice.otherDefault");

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
    /** The shared list the options come from; null when they are the question's own. */
    private String optionList;
    private final List<OptionList> lists;

    private ChoiceSettings(AnswerSpec.Choice spec, List<OptionList> lists, boolean single,
            Consumer<AnswerSpec> onEdit) {
        this.options = spec.options();
        this.optionList = spec.optionList();
        this.lists = lists;
        this.single = single;
        this.onEdit = onEdit;
        setPadding(false);
        optionLines = SettingsFields.linesArea("answer-options", DesignerWords.translate("answer.choice.options"),
                DesignerWords.translate("answer.choice.optionsHelp"),
                OptionLines.formatOptions(options));
        SettingsFields.onUserEdit(optionLines, this::optionsEdited);
        boxes = new OptionBoxSettings(edited -> {
            this.options = edited;
            edited();
        });
        boxes.show(options);
        if (!lists.isEmpty() || optionList != null) {
            add(listChoice());
        }
        add(optionLines);
    }

    private Select<String> listChoice() {
        Select<String> choice = new Select<>();
        choice.setId("answer-option-list");
        choice.setLabel(DesignerWords.translate("answer.choice.optionsFrom"));
        List<String> keys = new java.util.ArrayList<>(List.of(""));
        lists.forEach(l -> keys.add(l.key()));
        if (optionList != null && !keys.contains(optionList)) {
            keys.add(optionList);
        }
        choice.setItems(keys);
        choice.setItemLabelGenerator(key -> key.isEmpty() ? DesignerWords.translate("answer.choice.ownOptions")
                : DesignerWords.translate("answer.choice.sharedList", key));
        choice.setValue(optionList == null ? "" : optionList);
        SettingsFields.onUserEdit(choice, key -> {
            optionList = key == null || key.isEmpty() ? null : key;
            lists.stream().filter(l -> l.key().equals(optionList)).findFirst().ifPresent(l -> options = l.options());
            optionLines.setValue(OptionLines.formatOptions(options));
            showSource();
            edited();
        });
        showSource();
        return choice;
    }

    /** Options from a shared list are read here and edited with the version's details. */
    private void showSource() {
        boolean shared = optionList != null;
        optionLines.setReadOnly(shared);
        optionLines.setHelperText(shared ? DesignerWords.translate("answer.choice.fromSharedList", optionList)
                : DesignerWords.translate("answer.choice.optionsHelp"));
        SettingsFields.error(optionLines, null);
        if (exclusive != null) {
            showExclusiveChoices();
            exclusive.setReadOnly(shared);
        }
        boxes.show(options);
        for (com.vaadin.flow.component.Component box : boxes.components()) {
            box.setVisible(!shared);
        }
    }

    static ChoiceSettings single(AnswerSpec.SingleChoice spec, List<OptionList> lists, Consumer<AnswerSpec> onEdit) {
        ChoiceSettings settings = new ChoiceSettings(spec, lists, true, onEdit);
        settings.display = spec.display();
        Select<Display> display = new Select<>();
        display.setId("answer-display");
        display.setLabel(DesignerWords.translate("answer.choice.display"));
        display.setItems(Display.values());
        display.setItemLabelGenerator(d -> DesignerWords.translate(d == Display.DROPDOWN ? "answer.choice.dropdown"
                : "answer.choice.radio"));
        display.setValue(spec.display());
        SettingsFields.onUserEdit(display, d -> {
            settings.display = d == null ? Display.RADIO : d;
            settings.edited();
        });
        settings.add(display);
        settings.add(settings.boxes.components());
        settings.showSource();
        return settings;
    }

    static ChoiceSettings multiple(AnswerSpec.MultipleChoice spec, List<OptionList> lists,
            Consumer<AnswerSpec> onEdit) {
        ChoiceSettings settings = new ChoiceSettings(spec, lists, false, onEdit);
        settings.otherLabelValue = spec.otherLabel();
        settings.lastOtherLabel = spec.otherLabel();
        settings.other = new Checkbox(DesignerWords.translate("answer.choice.other"), spec.otherLabel() != null);
        settings.other.setId("answer-other");
        settings.otherLabel = SettingsFields.lazyTextField("answer-other-label",
                DesignerWords.translate("answer.choice.otherLabel"),
                spec.otherLabel() == null ? DEFAULT_OTHER_LABEL : spec.otherLabel().english());
        settings.otherLabel.setVisible(settings.other.getValue());
        settings.otherLabel.setWidthFull();
        SettingsFields.onUserEdit(settings.other, on -> settings.otherEdited());
        SettingsFields.onUserEdit(settings.otherLabel, text -> settings.otherEdited());
        settings.exclusive = new CheckboxGroup<>(DesignerWords.translate("answer.choice.exclusive"));
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
        settings.showSource();
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
            SettingsFields.error(otherLabel, DesignerWords.translate("answer.choice.otherLabelMissing", DEFAULT_OTHER_LABEL));
            return;
        }
        SettingsFields.error(otherLabel, null);
        lastOtherLabel = lastOtherLabel == null ? LocalizedText.en(english) : lastOtherLabel.with(Language.EN, english);
        otherLabelValue = lastOtherLabel;
        edited();
    }

    private void edited() {
        onEdit.accept(single ? new AnswerSpec.SingleChoice(options, display, optionList)
                : new AnswerSpec.MultipleChoice(options, otherLabelValue, total, optionList));
    }
}
