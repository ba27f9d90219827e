package org.qconsole.answer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.qconsole.answer.AnswerKind;
import org.qconsole.answer.AnswerKinds;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.OptionList;

/**
 * Edits the answer kind of a question and its settings (docs/template-format.md, "Answer specs"). The
 * kind is chosen in the select {@code answer-kind}, by its label ("Yes / No", "Single choice", ...);
 * choosing another kind starts from its defaults, keeping the options between single and multiple
 * choice and the columns between grid and table. Each kind's settings have fixed ids (see
 * {@link ChoiceSettings}, {@link SimpleSettings}, {@link TableSettings}). Texts are edited in English here
 * (the designer's question editor shows them in the other languages beside it); translations of labels whose
 * value stays the same are kept.
 */
public class AnswerSpecEditor extends VerticalLayout {

    /**
     * The kinds the designer offers, in the order of the select: each makes its default settings, keeping what
     * fits from the current ones (the options between choices, the columns between grid and table).
     */
    private static final List<KindChoice> KINDS = List.of(
            new KindChoice(new AnswerSpec.YesNo(), current -> new AnswerSpec.YesNo()),
            new KindChoice(new AnswerSpec.SingleChoice(null, null),
                    current -> new AnswerSpec.SingleChoice(kind(current).options().stream() // one choice is alone anyway
                            .map(o -> o.withExclusive(false)).toList(), AnswerSpec.Display.RADIO, sharedList(current))),
            new KindChoice(new AnswerSpec.MultipleChoice(null, null),
                    current -> new AnswerSpec.MultipleChoice(kind(current).options(), null, null, sharedList(current))),
            new KindChoice(new AnswerSpec.ShortText(null),
                    current -> new AnswerSpec.ShortText(null)),
            new KindChoice(new AnswerSpec.LongText(null),
                    current -> new AnswerSpec.LongText(null)),
            new KindChoice(new AnswerSpec.NumberAnswer(false, null, null, null),
                    current -> new AnswerSpec.NumberAnswer(false, null, null, null)),
            new KindChoice(new AnswerSpec.DateAnswer(null, null),
                    current -> new AnswerSpec.DateAnswer(null, null)),
            new KindChoice(new AnswerSpec.Grid(null, null),
                    current -> new AnswerSpec.Grid(List.of(), kind(current).columns())),
            new KindChoice(new AnswerSpec.Table(null, null, null),
                    current -> new AnswerSpec.Table(kind(current).columns(), null, null)),
            new KindChoice(new AnswerSpec.Documents(null, null),
                    current -> new AnswerSpec.Documents(null, null)),
            new KindChoice(new AnswerSpec.Links(null), current -> new AnswerSpec.Links(null)),
            new KindChoice(newGroup(), current -> newGroup()));

    /** What a repeated question may be: anything but another group, and no documents (kept beside answers). */
    private static final List<KindChoice> REPEATABLE_KINDS = KINDS.stream()
            .filter(k -> !(k.sample() instanceof AnswerSpec.RepeatingGroup)
                    && !(k.sample() instanceof AnswerSpec.Documents)).toList();

    /** A kind in the select: its value is a sample's kind name, shown in the console's language as its kind words it. */
    private record KindChoice(AnswerSpec sample, UnaryOperator<AnswerSpec> from) {
        String label() {
            return sample.kindName();
        }
    }

    /** A new group's settings: its repetition named in English (the designer edits English), one question. */
    private static AnswerSpec newGroup() {
        return new AnswerSpec.RepeatingGroup(LocalizedText.en(FormWords.of(Language.EN, "answer.group.item")), null,
                null, List.of(RepeatingGroupSettings.firstQuestion()));
    }

    /** Put before every id, so that a repeated question's editor inside a group's has ids of its own. */
    private final String idPrefix;
    private final Select<String> kind = new Select<>();
    private final Div settings = new Div();
    private final List<Consumer<AnswerSpec>> editListeners = new ArrayList<>();
    private AnswerSpec value = new AnswerSpec.YesNo();
    private List<OptionList> optionLists = List.of();
    private ConditionFields conditionFields;

    public AnswerSpecEditor() {
        this(KINDS, "");
    }

    private AnswerSpecEditor(List<KindChoice> kinds, String idPrefix) {
        this.idPrefix = idPrefix;
        setPadding(false);
        kind.setId(idPrefix + "answer-kind");
        kind.setLabel(DesignerWords.translate("answer.editor.answer"));
        kind.setItems(kinds.stream().map(KindChoice::label).toList());
        kind.setItemLabelGenerator(label -> kinds.stream().filter(k -> k.label().equals(label)).findFirst()
                .map(k -> DesignerWords.of(AnswerKinds.of(k.sample()).kindName())).orElse(label));
        kind.setValue(value.kindName());
        SettingsFields.onUserEdit(kind, this::kindChosen);
        settings.setId(idPrefix + "answer-settings");
        settings.setWidthFull();
        add(kind, settings);
    }

    /** The editor of a question repeated in a group: no group or documents, every id after the prefix. */
    static AnswerSpecEditor forRepeatedQuestion(String idPrefix) {
        return new AnswerSpecEditor(REPEATABLE_KINDS, idPrefix);
    }

    /** The kind labels of the select, in order ("Yes / No", "Single choice", ..., "Table"). */
    public static List<String> kindLabels() {
        return KINDS.stream().map(KindChoice::label).toList();
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

    /** The version's shared option lists a choice may take its options from; set before {@link #setValue}. */
    public void setOptionLists(List<OptionList> lists) {
        optionLists = List.copyOf(lists);
        showSettings();
    }

    /**
     * How a repeated question's condition is edited (the designer's condition editor); set before
     * {@link #setValue}. Without it, repeated questions' conditions are kept as they are.
     */
    public void setConditionFields(ConditionFields fields) {
        conditionFields = fields;
        showSettings();
    }

    /** Called with the new spec after each edit by the user that leaves it valid (not on {@link #setValue}). */
    public Registration addEditListener(Consumer<AnswerSpec> listener) {
        editListeners.add(listener);
        return () -> editListeners.remove(listener);
    }

    /** The default spec of the kind with this label, keeping what fits from the current spec. */
    static AnswerSpec defaultOf(String kindLabel, AnswerSpec current) {
        if (current != null && current.kindName().equals(kindLabel)) {
            return current;
        }
        return KINDS.stream().filter(k -> k.label().equals(kindLabel)).findFirst()
                .map(k -> current == null ? k.sample() : k.from().apply(current)).orElse(current);
    }

    /** A choice keeps its shared list when it becomes the other kind of choice. */
    private static String sharedList(AnswerSpec spec) {
        return spec instanceof AnswerSpec.Choice choice ? choice.optionList() : null;
    }

    private static AnswerKind kind(AnswerSpec spec) {
        return AnswerKinds.of(spec);
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
            if (!idPrefix.isEmpty()) {
                prefixIds(form.getElement());
            }
            settings.add(form);
        }
    }

    private void prefixIds(Element element) {
        String id = element.getAttribute("id");
        if (id != null && !id.startsWith(idPrefix)) {
            element.setAttribute("id", idPrefix + id);
        }
        element.getChildren().forEach(this::prefixIds);
    }

    private Component settingsOf(AnswerSpec spec, Consumer<AnswerSpec> onEdit) {
        return spec.accept(new SettingsEditors(onEdit, optionLists, conditionFields));
    }

    private void fireEdit() {
        AnswerSpec spec = value;
        List.copyOf(editListeners).forEach(listener -> listener.accept(spec));
    }
}
