package org.qconsole.answer.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.qconsole.answer.RepeatingGroupKind;
import org.qconsole.answer.Settings;
import org.qconsole.answer.Words;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.OptionList;
import org.qconsole.model.Question;
import org.qconsole.model.RichText;

/**
 * The settings of a repeating group: the repetition's label ({@code answer-item-label}), the fewest and most
 * repetitions ({@code answer-min-items}, {@code answer-max-items}) and the repeated questions, each with its
 * key, English wording, required mark and its own answer settings (ids prefixed {@code answer-group-<i>-}).
 * and, in the designer, its "show only when" and "required only when" over earlier questions of the repetition
 * ({@code answer-group-<i>-visible-...}, {@code answer-group-<i>-required-when-...}). What is not edited here
 * (translations, help) is kept as imported.
 */
final class RepeatingGroupSettings extends VerticalLayout {

    private final Consumer<AnswerSpec> onEdit;
    private final List<OptionList> optionLists;
    /** The designer's condition editor; {@code null} where conditions are kept as they are. */
    private final ConditionFields conditionFields;
    private final Div questionBox = new Div();
    private LocalizedText itemLabel;
    private Integer min;
    private Integer max;
    private final List<Question> questions;

    private RepeatingGroupSettings(AnswerSpec.RepeatingGroup spec, List<OptionList> optionLists,
            ConditionFields conditionFields, Consumer<AnswerSpec> onEdit) {
        this.onEdit = onEdit;
        this.conditionFields = conditionFields;
        this.optionLists = optionLists;
        this.itemLabel = spec.itemLabel();
        this.min = spec.minItems();
        this.max = spec.maxItems();
        this.questions = new ArrayList<>(spec.questions());
        setPadding(false);
        TextField label = SettingsFields.lazyTextField("answer-item-label",
                DesignerWords.translate("answer.group.itemLabel"), itemLabel.english());
        label.setHelperText(DesignerWords.translate("answer.group.itemLabelHelp"));
        SettingsFields.onUserEdit(label, text -> {
            itemLabel = itemLabel.with(Language.EN, text.strip());
            edited();
        });
        CountFields counts = new CountFields("items", DesignerWords.translate("answer.count.minRepetitions"),
                DesignerWords.translate("answer.count.maxRepetitions"), min, max, RepeatingGroupKind.MAX_ITEMS,
                (fewest, most) -> {
                    min = fewest;
                    max = most;
                    edited();
                });
        Button addQuestion = new Button(DesignerWords.translate("answer.group.addQuestion"), e -> {
            questions.add(newQuestion(freeKey()));
            showQuestions();
            edited();
        });
        addQuestion.setId("answer-group-add");
        add(label, counts, questionBox, addQuestion);
        showQuestions();
    }

    static Component editor(AnswerSpec.RepeatingGroup spec, List<OptionList> optionLists,
            ConditionFields conditionFields, Consumer<AnswerSpec> onEdit) {
        return new RepeatingGroupSettings(spec, optionLists, conditionFields, onEdit);
    }

    /** The question a new group starts with, so that it repeats something from the start. */
    static Question firstQuestion() {
        return newQuestion("q1");
    }

    private static Question newQuestion(String key) {
        return new Question(key, "", LocalizedText.en(FormWords.of(Language.EN, "answer.group.newQuestion")), null, new AnswerSpec.ShortText(null), false,
                null, null, null, null);
    }

    private String freeKey() {
        for (int n = questions.size() + 1; ; n++) {
            String key = "q" + n;
            if (questions.stream().noneMatch(q -> key.equals(q.key()))) {
                return key;
            }
        }
    }

    private void showQuestions() {
        questionBox.removeAll();
        for (int i = 0; i < questions.size(); i++) {
            questionBox.add(questionEditor(i));
        }
    }

    private Component questionEditor(int index) {
        Question question = questions.get(index);
        String prefix = "answer-group-" + index + "-";
        TextField key = SettingsFields.lazyTextField(prefix + "key", DesignerWords.translate("answer.group.key"),
                question.key());
        SettingsFields.onUserEdit(key, text -> {
            String problem = Settings.KEY.matcher(text).matches() ? null
                    : DesignerWords.translate("answer.group.keyProblem");
            SettingsFields.error(key, problem);
            if (problem == null) {
                replace(index, with(questions.get(index), text, null, null, null));
            }
        });
        TextField text = SettingsFields.lazyTextField(prefix + "text", DesignerWords.translate("answer.group.question"),
                Words.plain(question.text(), Language.EN));
        SettingsFields.onUserEdit(text, words -> replace(index, with(questions.get(index), null,
                questions.get(index).text().with(Language.EN, RichText.escape(words.strip())), null, null)));
        Checkbox required = new Checkbox(DesignerWords.translate("answer.group.required"), question.required());
        required.setId(prefix + "required");
        SettingsFields.onUserEdit(required, value -> replace(index, with(questions.get(index), null, null, value,
                null)));
        AnswerSpecEditor answer = AnswerSpecEditor.forRepeatedQuestion(prefix);
        answer.setOptionLists(optionLists);
        answer.setValue(question.answer());
        answer.addEditListener(spec -> replace(index, with(questions.get(index), null, null, null, spec)));
        HorizontalLayout moves = new HorizontalLayout(
                button(prefix + "up", DesignerWords.translate("answer.group.moveUp"), index > 0, () -> swap(index, index - 1)),
                button(prefix + "down", DesignerWords.translate("answer.group.moveDown"), index < questions.size() - 1, () -> swap(index, index + 1)),
                button(prefix + "remove", DesignerWords.translate("answer.group.remove"), true, () -> {
                    questions.remove(index);
                    showQuestions();
                    edited();
                }));
        HorizontalLayout wording = new HorizontalLayout(key, text, required);
        wording.setAlignItems(Alignment.BASELINE);
        VerticalLayout card = new VerticalLayout(wording, answer);
        if (conditionFields != null) {
            List<Question> earlier = List.copyOf(questions.subList(0, index));
            card.add(conditionFields.editor(prefix + "visible", DesignerWords.translate("answer.group.visibleWhen"), earlier,
                    question.visibleWhen(), condition -> replace(index, shownWhen(questions.get(index), condition))));
            card.add(conditionFields.editor(prefix + "required-when",
                    DesignerWords.translate("answer.group.requiredWhen"),
                    earlier, question.requiredWhen(),
                    condition -> replace(index, requiredWhen(questions.get(index), condition))));
        }
        card.add(moves);
        card.setId(prefix + "card");
        card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)");
        return card;
    }

    private static Button button(String id, String label, boolean enabled, Runnable action) {
        Button button = new Button(label, e -> action.run());
        button.setId(id);
        button.setEnabled(enabled);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    private void swap(int from, int to) {
        questions.add(to, questions.remove(from));
        showQuestions();
        edited();
    }

    private void replace(int index, Question question) {
        questions.set(index, question);
        edited();
    }

    private static Question shownWhen(Question q, org.qconsole.model.Condition condition) {
        return new Question(q.key(), q.number(), q.text(), q.help(), q.answer(), q.required(), q.requiredWhen(),
                condition, q.footnotes(), q.items(), q.supportingDocuments());
    }

    private static Question requiredWhen(Question q, org.qconsole.model.Condition condition) {
        return new Question(q.key(), q.number(), q.text(), q.help(), q.answer(), q.required(), condition,
                q.visibleWhen(), q.footnotes(), q.items(), q.supportingDocuments());
    }

    /** The question with what is given changed ({@code null} keeps a part as it was). */
    private static Question with(Question q, String key, LocalizedText text, Boolean required, AnswerSpec answer) {
        return new Question(key == null ? q.key() : key, q.number(), text == null ? q.text() : text, q.help(),
                answer == null ? q.answer() : answer, required == null ? q.required() : required, q.requiredWhen(),
                q.visibleWhen(), q.footnotes(), q.items(), q.supportingDocuments());
    }

    private void edited() {
        onEdit.accept(new AnswerSpec.RepeatingGroup(itemLabel, min, max, questions));
    }
}
