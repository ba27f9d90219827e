package org.qconsole.template.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.qconsole.answer.ui.SettingsFields;
import org.qconsole.model.Condition;
import org.qconsole.model.Question;

/**
 * Edits an optional condition over earlier questions (docs/template-format.md, "Conditions"): a check
 * box {@code prefix-on} turns it on; then rules ({@link ConditionRule}), combined by {@code prefix-combine}
 * ("all of" / "any of") when there are two or more, added with {@code prefix-add}. A condition the rules
 * cannot show (nested "all of"/"any of", a question that is not earlier, a test that does not fit) is
 * kept as it is, with the note "Edited in JSON only" ({@code prefix-json-only}).
 */
public class ConditionEditor extends VerticalLayout {

    private final String idPrefix;
    /** The choices of {@code prefix-combine}, as the user's language says "all of" and "any of". */
    private final String allOf = getTranslation("template.condition.all");
    private final String anyOf = getTranslation("template.condition.any");
    private final Checkbox on;
    private final VerticalLayout body = new VerticalLayout();
    private final Select<String> combine = new Select<>();
    private final VerticalLayout ruleBox = new VerticalLayout();
    private final Button add = new Button(getTranslation("template.condition.add"));
    private final Span jsonOnly = new Span(getTranslation("template.condition.jsonOnly"));
    private final Span jsonOnlyReason = new Span();
    private final List<ConditionRule> rules = new ArrayList<>();
    private final List<Consumer<Condition>> editListeners = new ArrayList<>();
    private List<Question> questions = List.of();
    private Map<String, Question> questionsByKey = Map.of();
    private Condition value;
    private boolean keptAsJson;

    public ConditionEditor(String title, String idPrefix) {
        this.idPrefix = idPrefix;
        setPadding(false);
        setSpacing(false);
        on = new Checkbox(title);
        on.setId(idPrefix + "-on");
        SettingsFields.onUserEdit(on, this::turned);
        combine.setId(idPrefix + "-combine");
        combine.setLabel(getTranslation("template.condition.holds"));
        combine.setItems(allOf, anyOf);
        combine.setItemLabelGenerator(c -> getTranslation(anyOf.equals(c) ? "template.condition.any.rules"
                : "template.condition.all.rules"));
        combine.setValue(allOf);
        SettingsFields.onUserEdit(combine, c -> rulesEdited());
        ruleBox.setPadding(false);
        add.setId(idPrefix + "-add");
        add.addClickListener(e -> addRule());
        jsonOnly.setId(idPrefix + "-json-only");
        jsonOnlyReason.setId(idPrefix + "-json-only-reason");
        body.setPadding(false);
        body.add(jsonOnly, jsonOnlyReason, combine, ruleBox, add);
        add(on, body);
        render();
    }

    /** The questions a rule may read: those before the item, in reading order. */
    public void setQuestions(List<Question> earlierQuestions) {
        questions = earlierQuestions == null ? List.of() : List.copyOf(earlierQuestions);
        Map<String, Question> byKey = new LinkedHashMap<>();
        questions.forEach(q -> byKey.putIfAbsent(q.key(), q));
        questionsByKey = byKey;
        render();
    }

    /** The condition; {@code null} when the item is always shown (or required). */
    public Condition getValue() {
        return value;
    }

    /** Shows a condition ({@code null}: none); does not call the edit listeners. */
    public void setValue(Condition condition) {
        value = condition;
        render();
    }

    /** Whether the value is kept as it is because the rules cannot show it. */
    public boolean isEditedInJsonOnly() {
        return keptAsJson;
    }

    /** Called with the new condition after each edit by the user that changes it (not on {@link #setValue}). */
    public Registration addEditListener(Consumer<Condition> listener) {
        editListeners.add(listener);
        return () -> editListeners.remove(listener);
    }

    /** Why the rules cannot show the condition, or {@code null} when they can. */
    String cannotShow(Condition condition) {
        List<Condition> leaves = leaves(condition);
        if (leaves.isEmpty()) {
            return getTranslation("template.condition.why.empty");
        }
        return leaves.stream().map(leaf -> RuleTests.cannotShow(leaf, questionsByKey)).filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    private static List<Condition> leaves(Condition condition) {
        if (condition instanceof Condition.And and) {
            return and.all();
        }
        if (condition instanceof Condition.Or or) {
            return or.any();
        }
        return List.of(condition);
    }

    private void render() {
        rules.clear();
        ruleBox.removeAll();
        on.setValue(value != null);
        String reason = value == null ? null : cannotShow(value);
        keptAsJson = reason != null;
        jsonOnly.setVisible(keptAsJson);
        jsonOnlyReason.setVisible(keptAsJson);
        jsonOnlyReason.setText(keptAsJson ? "(" + reason + ")" : "");
        ruleBox.setVisible(!keptAsJson);
        add.setVisible(!keptAsJson);
        combine.setValue(value instanceof Condition.Or ? anyOf : allOf);
        if (value != null && !keptAsJson) {
            leaves(value).forEach(leaf -> newRule().show(leaf, questionsByKey));
        }
        layOut();
    }

    private void turned(boolean turnedOn) {
        if (turnedOn && (keptAsJson || rules.isEmpty())) {
            value = null;
            render();
            on.setValue(true);
            newRule();
            layOut();
        }
        rulesEdited();
    }

    private void addRule() {
        newRule();
        layOut();
        rulesEdited();
    }

    private ConditionRule newRule() {
        ConditionRule rule = new ConditionRule(questions, this::rulesEdited, this::removeRule);
        rules.add(rule);
        ruleBox.add(rule);
        return rule;
    }

    private void removeRule(ConditionRule rule) {
        rules.remove(rule);
        ruleBox.remove(rule);
        layOut();
        rulesEdited();
    }

    /** Sets the rules' ids by position and shows what applies. */
    private void layOut() {
        for (int i = 0; i < rules.size(); i++) {
            rules.get(i).setIds(idPrefix, i);
        }
        body.setVisible(on.getValue());
        combine.setVisible(!keptAsJson && rules.size() >= 2);
    }

    private void rulesEdited() {
        body.setVisible(on.getValue());
        Condition edited = build();
        if (!Objects.equals(edited, value)) {
            value = edited;
            Condition condition = value;
            List.copyOf(editListeners).forEach(listener -> listener.accept(condition));
        }
    }

    private Condition build() {
        if (!on.getValue()) {
            return null;
        }
        if (keptAsJson) {
            return value;
        }
        List<Condition> leaves = rules.stream().map(ConditionRule::toCondition).filter(Objects::nonNull).toList();
        if (leaves.size() <= 1) {
            return leaves.isEmpty() ? null : leaves.get(0);
        }
        return anyOf.equals(combine.getValue()) ? new Condition.Or(leaves) : new Condition.And(leaves);
    }
}
