package org.qconsole.template.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.qconsole.template.model.AnswerSpec;

/**
 * Edits the answer kind of a question and its settings (docs/template-format.md, "Answer specs"). The
 * kind is chosen in the select {@code answer-kind}, by its label ("Yes / No", "Single choice", ...);
 * choosing another kind starts from its defaults, keeping the options between single and multiple
 * choice and the columns between grid and table. Each kind's settings have fixed ids (see
 * {@link ChoiceSettings}, {@link SimpleSettings}, {@link TableSettings}). Texts are edited in English here;
 * translations of labels whose value stays the same are kept.
 */
public class AnswerSpecEditor extends VerticalLayout {

    /** A default of each kind, in the order of the select. */
    private static final List<AnswerSpec> KINDS = List.of(new AnswerSpec.YesNo(),
            new AnswerSpec.SingleChoice(null, null), new AnswerSpec.MultipleChoice(null, null),
            new AnswerSpec.ShortText(null), new AnswerSpec.LongText(null),
            new AnswerSpec.NumberAnswer(false, null, null, null), new AnswerSpec.DateAnswer(null, null),
            new AnswerSpec.Grid(null, null), new AnswerSpec.Table(null, null, null));

    private final Select<String> kind = new Select<>();
    private final Div settings = new Div();
    private final List<Consumer<AnswerSpec>> editListeners = new ArrayList<>();
    private AnswerSpec value = new AnswerSpec.YesNo();

    public AnswerSpecEditor() {
        setPadding(false);
        kind.setId("answer-kind");
        kind.setLabel("Answer");
        kind.setItems(KINDS.stream().map(AnswerSpec::kindName).toList());
        kind.setValue(value.kindName());
        SettingsFields.onUserEdit(kind, this::kindChosen);
        settings.setId("answer-settings");
        settings.setWidthFull();
        add(kind, settings);
    }

    /** The kind labels of the select, in order ("Yes / No", "Single choice", ..., "Table"). */
    public static List<String> kindLabels() {
        return KINDS.stream().map(AnswerSpec::kindName).toList();
    }

    /** The answer spec as edited; never {@code null}. */
    public AnswerSpec getValue() {
        return value;
    }

    /** Shows the spec ({@code null}: Yes / No); does not call the edit listeners. */
    public void setValue(AnswerSpec spec) {
        value = spec == null ? new AnswerSpec.YesNo() : spec;
        kind.setValue(value.kindName());
        showSettings();
    }

    /** Called with the new spec after each edit by the user that leaves it valid (not on {@link #setValue}). */
    public Registration addEditListener(Consumer<AnswerSpec> listener) {
        editListeners.add(listener);
        return () -> editListeners.remove(listener);
    }

    /** The default spec of the kind with this label, keeping what fits from the current spec. */
    static AnswerSpec defaultOf(String kindLabel, AnswerSpec current) {
        AnswerSpec sample = KINDS.stream().filter(k -> k.kindName().equals(kindLabel)).findFirst().orElse(null);
        if (sample == null || (current != null && current.getClass() == sample.getClass())) {
            return current;
        }
        if (sample instanceof AnswerSpec.SingleChoice) {
            return new AnswerSpec.SingleChoice(ChoiceSettings.options(current), AnswerSpec.Display.RADIO);
        }
        if (sample instanceof AnswerSpec.MultipleChoice) {
            return new AnswerSpec.MultipleChoice(ChoiceSettings.options(current), null);
        }
        if (sample instanceof AnswerSpec.Grid) {
            return new AnswerSpec.Grid(List.of(), TableSettings.columns(current));
        }
        if (sample instanceof AnswerSpec.Table) {
            return new AnswerSpec.Table(TableSettings.columns(current), null, null);
        }
        return sample;
    }

    private void kindChosen(String kindLabel) {
        AnswerSpec chosen = defaultOf(kindLabel, value);
        if (chosen == null) {
            return;
        }
        value = chosen;
        showSettings();
        fireEdit();
    }

    private void showSettings() {
        settings.removeAll();
        Component form = settingsOf(value, spec -> {
            value = spec;
            fireEdit();
        });
        if (form != null) {
            settings.add(form);
        }
    }

    private static Component settingsOf(AnswerSpec spec, Consumer<AnswerSpec> onEdit) {
        if (spec instanceof AnswerSpec.SingleChoice || spec instanceof AnswerSpec.MultipleChoice) {
            return new ChoiceSettings(spec, onEdit);
        }
        if (spec instanceof AnswerSpec.Grid || spec instanceof AnswerSpec.Table) {
            return new TableSettings(spec, onEdit);
        }
        if (spec instanceof AnswerSpec.ShortText text) {
            return SimpleSettings.shortText(text, onEdit);
        }
        if (spec instanceof AnswerSpec.LongText text) {
            return SimpleSettings.longText(text, onEdit);
        }
        if (spec instanceof AnswerSpec.NumberAnswer number) {
            return SimpleSettings.number(number, onEdit);
        }
        if (spec instanceof AnswerSpec.DateAnswer date) {
            return SimpleSettings.date(date, onEdit);
        }
        return null;
    }

    private void fireEdit() {
        AnswerSpec spec = value;
        List.copyOf(editListeners).forEach(listener -> listener.accept(spec));
    }
}
