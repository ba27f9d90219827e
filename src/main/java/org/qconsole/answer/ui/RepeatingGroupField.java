package org.qconsole.answer.ui;

import static org.qconsole.answer.ui.AnswerFields.JSON;
import static org.qconsole.answer.ui.AnswerFields.firstUnreadable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.qconsole.answer.RepeatingGroupKind;
import org.qconsole.answer.Words;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;
import org.qconsole.model.Question;

/**
 * The repetitions of a group, each a card headed "Project 2" with the repeated questions' inputs, moved up or
 * down and removed; "Add project" adds one up to the maximum. A repeated question whose condition does not hold
 * in its repetition is hidden and its answer is not sent. Ids: {@code <id>-<index>-<questionKey>} on the
 * inputs, {@code <id>-<index>-up|down|remove} on the buttons, {@code <id>-add}.
 */
final class RepeatingGroupField implements AnswerField {
    private final String id;
    private final AnswerSpec.RepeatingGroup spec;
    private final RepeatingGroupKind kind;
    private final Language language;
    private final Runnable onChange;
    private final Div box = new Div();
    private final Div cards = new Div();
    private final Button add;
    private final List<Repetition> repetitions = new ArrayList<>();
    private boolean readOnly;

    RepeatingGroupField(String id, AnswerSpec.RepeatingGroup spec, Language language, Runnable onChange) {
        this.id = id;
        this.spec = spec;
        this.kind = new RepeatingGroupKind(spec);
        this.language = language;
        this.onChange = onChange;
        String label = Words.plain(spec.itemLabel(), language);
        add = new Button(label.isBlank() ? FormWords.of(language, "form.addItem")
                : FormWords.of(language, "form.addNamedItem", label.toLowerCase(Locale.forLanguageTag(language.code()))));
        add.setId(id + "-add");
        add.addClickListener(e -> {
            addRepetition();
            changed();
        });
        box.setId(id);
        box.addClassName("answer-group");
        box.add(cards, add);
        String limits = TableField.limits(spec.minItems(), spec.maxItems(),
                List.of("form.repetitions.between", "form.repetitions.atLeast", "form.repetitions.atMost"), language);
        if (!limits.isEmpty()) {
            Span helper = new Span(limits);
            helper.addClassName("answer-group-limits");
            helper.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)")
                    .set("font-size", "var(--lumo-font-size-s)");
            box.add(helper);
        }
        startRepetitions();
    }

    private void startRepetitions() {
        while (repetitions.size() < kind.fewest() && repetitions.size() < kind.most()) {
            addRepetition();
        }
    }

    private Repetition addRepetition() {
        Repetition repetition = new Repetition(language);
        for (Question question : spec.questions()) {
            AnswerField input = AnswerFields.create(id + "-new-" + question.key(), question.answer(), language,
                    this::changed);
            input.setReadOnly(readOnly);
            AnswerFields.describe(input.component(), Words.plain(question.text(), language));
            Span label = new Span(Words.plain(question.text(), language) + (question.required() ? " *" : ""));
            label.getStyle().set("display", "block").set("font-size", "var(--lumo-font-size-s)")
                    .set("font-weight", "500");
            Div line = new Div(label, input.component());
            line.getStyle().set("margin-bottom", "var(--lumo-space-s)");
            line.addClassName("answer-group-question");
            repetition.inputs.put(question.key(), input);
            repetition.lines.put(question.key(), line);
            repetition.card.add(line);
        }
        repetition.up.addClickListener(e -> move(repetition, -1));
        repetition.down.addClickListener(e -> move(repetition, 1));
        repetition.remove.addClickListener(e -> {
            repetitions.remove(repetition);
            cards.remove(repetition.card);
            changed();
        });
        repetition.card.add(new Div(repetition.up, repetition.down, repetition.remove));
        repetitions.add(repetition);
        cards.add(repetition.card);
        update();
        return repetition;
    }

    private void move(Repetition repetition, int by) {
        int from = repetitions.indexOf(repetition);
        int to = from + by;
        if (to < 0 || to >= repetitions.size()) {
            return;
        }
        repetitions.remove(from);
        repetitions.add(to, repetition);
        cards.removeAll();
        repetitions.forEach(r -> cards.add(r.card));
        changed();
    }

    private void changed() {
        update();
        onChange.run();
    }

    /** Numbers the cards and their ids in order, and shows the repeated questions asked in each. */
    private void update() {
        add.setEnabled(!readOnly && repetitions.size() < kind.most());
        for (int i = 0; i < repetitions.size(); i++) {
            Repetition repetition = repetitions.get(i);
            String prefix = id + "-" + i;
            repetition.card.setId(prefix);
            repetition.heading.setText(kind.itemHeading(i + 1, language));
            JsonNode answers = repetition.answers(false);
            for (Question question : spec.questions()) {
                repetition.inputs.get(question.key()).component().setId(prefix + "-" + question.key());
                repetition.lines.get(question.key()).setVisible(RepeatingGroupKind.asked(question, answers));
            }
            repetition.up.setId(prefix + "-up");
            repetition.down.setId(prefix + "-down");
            repetition.remove.setId(prefix + "-remove");
            repetition.up.setEnabled(!readOnly && i > 0);
            repetition.down.setEnabled(!readOnly && i < repetitions.size() - 1);
            repetition.remove.setEnabled(!readOnly);
        }
    }

    @Override
    public Component component() {
        return box;
    }

    @Override
    public JsonNode value() {
        ArrayNode answer = JSON.arrayNode();
        repetitions.stream().map(r -> r.answers(true)).filter(a -> !a.isEmpty()).forEach(answer::add);
        return answer.isEmpty() ? null : answer;
    }

    @Override
    public Optional<String> unreadable() {
        return firstUnreadable(repetitions.stream().flatMap(r -> r.inputs.values().stream()));
    }

    @Override
    public void setValue(JsonNode json) {
        repetitions.clear();
        cards.removeAll();
        if (json != null && json.isArray()) {
            for (JsonNode values : json) {
                if (repetitions.size() >= kind.most()) {
                    break;
                }
                addRepetition().inputs.forEach((key, input) -> input.setValue(values.get(key)));
            }
        }
        startRepetitions();
        update();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        repetitions.forEach(r -> r.inputs.values().forEach(input -> input.setReadOnly(readOnly)));
        update();
    }

    private final class Repetition {
        private final Map<String, AnswerField> inputs = new LinkedHashMap<>();
        private final Map<String, Div> lines = new LinkedHashMap<>();
        private final H4 heading = new H4();
        private final Div card = new Div(heading);
        private final Button up;
        private final Button down;
        private final Button remove;

        Repetition(Language language) {
            up = new Button(FormWords.of(language, "form.moveUp"));
            down = new Button(FormWords.of(language, "form.moveDown"));
            remove = new Button(FormWords.of(language, "form.remove"));
            card.addClassName("answer-group-item");
            card.getStyle().set("border", "1px solid var(--lumo-contrast-20pct)")
                    .set("border-radius", "var(--lumo-border-radius-m)").set("padding", "var(--lumo-space-s)")
                    .set("margin-bottom", "var(--lumo-space-s)");
            up.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            down.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        }

        /** The answers entered; with {@code askedOnly}, those of questions whose condition holds. */
        ObjectNode answers(boolean askedOnly) {
            ObjectNode values = JSON.objectNode();
            inputs.forEach((key, input) -> {
                if (input.value() != null) {
                    values.set(key, input.value());
                }
            });
            if (askedOnly) {
                for (Question question : spec.questions()) { // in order: a hidden answer hides what reads it
                    if (!RepeatingGroupKind.asked(question, values)) {
                        values.remove(question.key());
                    }
                }
            }
            return values;
        }
    }
}
