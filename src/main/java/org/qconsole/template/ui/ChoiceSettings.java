package org.qconsole.template.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Consumer;
import org.qconsole.template.model.AnswerSpec;
import org.qconsole.template.model.AnswerSpec.Display;
import org.qconsole.template.model.AnswerSpec.Option;
import org.qconsole.template.model.Language;
import org.qconsole.template.model.LocalizedText;

/**
 * The settings of a single or multiple choice: the options ({@code answer-options}, one
 * {@code value = Label} a line), and the display ({@code answer-display}) of a single choice or the
 * "Other, please specify" box ({@code answer-other}, {@code answer-other-label}) of a multiple choice.
 * An invalid entry shows an error on its field and keeps the last valid settings.
 */
final class ChoiceSettings extends VerticalLayout {

    static final String DEFAULT_OTHER_LABEL = "Other, please specify";

    private final Consumer<AnswerSpec> onEdit;
    private final TextArea options;
    private AnswerSpec current;
    private Select<Display> display;
    private Checkbox other;
    private TextField otherLabel;
    /** The "Other" label last used, so that unticking and ticking again keeps its translations. */
    private LocalizedText lastOtherLabel;

    /** {@code spec} is a {@link AnswerSpec.SingleChoice} or a {@link AnswerSpec.MultipleChoice}. */
    ChoiceSettings(AnswerSpec spec, Consumer<AnswerSpec> onEdit) {
        this.current = spec;
        this.onEdit = onEdit;
        setPadding(false);
        options = SettingsFields.linesArea("answer-options", "Options",
                "One option a line: value = Label, e.g. email = Email/messaging technologies."
                        + " Without \"=\", the value is made from the label.",
                OptionLines.formatOptions(options(spec)));
        SettingsFields.onUserEdit(options, this::optionsEdited);
        add(options);
        if (spec instanceof AnswerSpec.SingleChoice single) {
            display = new Select<>();
            display.setId("answer-display");
            display.setLabel("Display");
            display.setItems(Display.values());
            display.setItemLabelGenerator(d -> d == Display.DROPDOWN ? "Dropdown" : "Radio buttons");
            display.setValue(single.display());
            SettingsFields.onUserEdit(display, d -> edited(new AnswerSpec.SingleChoice(options(current),
                    d == null ? Display.RADIO : d)));
            add(display);
        } else if (spec instanceof AnswerSpec.MultipleChoice multiple) {
            lastOtherLabel = multiple.otherLabel();
            other = new Checkbox("Offer “Other, please specify”", multiple.otherLabel() != null);
            other.setId("answer-other");
            otherLabel = SettingsFields.lazyTextField("answer-other-label", "Label of “Other” (English)",
                    multiple.otherLabel() == null ? DEFAULT_OTHER_LABEL : multiple.otherLabel().english());
            otherLabel.setVisible(other.getValue());
            otherLabel.setWidthFull();
            SettingsFields.onUserEdit(other, on -> otherEdited());
            SettingsFields.onUserEdit(otherLabel, text -> otherEdited());
            add(other, otherLabel);
        }
    }

    static List<Option> options(AnswerSpec spec) {
        if (spec instanceof AnswerSpec.SingleChoice single) {
            return single.options();
        }
        if (spec instanceof AnswerSpec.MultipleChoice multiple) {
            return multiple.options();
        }
        return List.of();
    }

    private void optionsEdited(String text) {
        OptionLines.Parsed<Option> parsed = OptionLines.parseOptions(text, options(current));
        SettingsFields.error(options, parsed.ok() ? null : parsed.errorMessage());
        if (!parsed.ok()) {
            return;
        }
        if (current instanceof AnswerSpec.SingleChoice single) {
            edited(new AnswerSpec.SingleChoice(parsed.items(), single.display()));
        } else if (current instanceof AnswerSpec.MultipleChoice multiple) {
            edited(new AnswerSpec.MultipleChoice(parsed.items(), multiple.otherLabel()));
        }
    }

    private void otherEdited() {
        otherLabel.setVisible(other.getValue());
        if (!other.getValue()) {
            SettingsFields.error(otherLabel, null);
            edited(new AnswerSpec.MultipleChoice(options(current), null));
            return;
        }
        String english = otherLabel.getValue().trim();
        if (english.isEmpty()) {
            SettingsFields.error(otherLabel, "Enter the label, e.g. " + DEFAULT_OTHER_LABEL);
            return;
        }
        SettingsFields.error(otherLabel, null);
        lastOtherLabel = lastOtherLabel == null ? LocalizedText.en(english) : lastOtherLabel.with(Language.EN, english);
        edited(new AnswerSpec.MultipleChoice(options(current), lastOtherLabel));
    }

    private void edited(AnswerSpec spec) {
        current = spec;
        onEdit.accept(spec);
    }
}
