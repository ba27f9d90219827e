package org.qconsole.template.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.qconsole.answer.AnswerKind;
import org.qconsole.answer.AnswerKinds;
import org.qconsole.answer.ui.SettingsFields;
import org.qconsole.model.AnswerSpec.Option;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Condition;
import org.qconsole.model.Question;
import org.qconsole.model.RichText;

/**
 * One rule of a {@link ConditionEditor}: a question, a test fitting its kind and the test's values. Ids
 * (given by the editor, {@code i} from 0): {@code prefix-question-i}, {@code prefix-test-i},
 * {@code prefix-values-i}, {@code prefix-number-i}, {@code prefix-remove-i}.
 */
final class ConditionRule extends HorizontalLayout {

    static final String IS_YES = "is Yes";
    static final String IS_NO = "is No";
    static final String ANY_OF = "is any of";
    static final String EQUALS = "=";
    static final String ANSWERED = "is answered";
    static final String NONE_OF = "is none of";
    static final String NOT_EQUAL = "≠";
    static final String NOT_ANSWERED = "is not answered";

    /** The tests that negate another ({@link Condition.Not}), by the test they negate. */
    static final Map<String, String> NEGATIONS = Map.of(ANY_OF, NONE_OF, EQUALS, NOT_EQUAL, ANSWERED, NOT_ANSWERED);

    /** The comparisons other than "=", by their symbol. */
    static final Map<String, Condition.Operator> COMPARISONS = new LinkedHashMap<>();

    static {
        COMPARISONS.put("<", Condition.Operator.LT);
        COMPARISONS.put("≤", Condition.Operator.LE);
        COMPARISONS.put(">", Condition.Operator.GT);
        COMPARISONS.put("≥", Condition.Operator.GE);
    }

    private static final int MAX_LABEL_LENGTH = 100;

    private final Select<Question> question = new Select<>();
    private final Select<String> test = new Select<>();
    private final MultiSelectComboBox<String> values = new MultiSelectComboBox<>();
    private final BigDecimalField number = new BigDecimalField();
    private final Button remove = new Button("Remove");

    ConditionRule(List<Question> questions, Runnable onEdit, Consumer<ConditionRule> onRemove) {
        setPadding(false);
        setWrap(true);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        question.setLabel("Question");
        question.setItems(questions);
        question.setItemLabelGenerator(ConditionRule::label);
        question.setWidth("24em");
        test.setLabel("Test");
        test.setWidth("10em");
        values.setLabel("Options");
        values.setWidth("20em");
        number.setLabel("Number");
        number.setWidth("10em");
        SettingsFields.onUserEdit(question, q -> {
            questionChosen(q);
            onEdit.run();
        });
        SettingsFields.onUserEdit(test, t -> {
            showInputs();
            onEdit.run();
        });
        SettingsFields.onUserEdit(values, v -> onEdit.run());
        SettingsFields.onUserEdit(number, v -> onEdit.run());
        remove.addClickListener(e -> onRemove.accept(this));
        add(question, test, values, number, remove);
        questionChosen(null);
    }

    void setIds(String idPrefix, int index) {
        question.setId(idPrefix + "-question-" + index);
        test.setId(idPrefix + "-test-" + index);
        values.setId(idPrefix + "-values-" + index);
        number.setId(idPrefix + "-number-" + index);
        remove.setId(idPrefix + "-remove-" + index);
    }

    /** "number text" of a question, plain and shortened, for choosing it. */
    static String label(Question q) {
        String text = q.text() == null ? "" : RichText.toPlainText(q.text().english());
        String label = ((q.number() == null ? "" : q.number()) + " " + text).trim();
        if (label.isEmpty()) {
            label = q.key();
        }
        return label.length() <= MAX_LABEL_LENGTH ? label : label.substring(0, MAX_LABEL_LENGTH - 1) + "…";
    }

    /** The tests that fit a question's answer kind. */
    static List<String> testsOf(AnswerSpec answer) {
        AnswerKind kind = AnswerKinds.of(answer);
        if (kind.equalsValues().isPresent()) {
            return List.of(IS_YES, IS_NO, ANSWERED, NOT_ANSWERED);
        }
        if (kind.selectable()) {
            return List.of(ANY_OF, NONE_OF, ANSWERED, NOT_ANSWERED);
        }
        if (kind.comparable()) {
            return List.of(EQUALS, NOT_EQUAL, "<", "≤", ">", "≥", ANSWERED, NOT_ANSWERED);
        }
        return List.of(ANSWERED, NOT_ANSWERED);
    }

    /** Why this rule cannot show a condition (not an And/Or), or {@code null} when it can. */
    static String cannotShow(Condition leaf, Map<String, Question> questions) {
        if (leaf instanceof Condition.Not not) {
            return not.condition() == null || not.condition() instanceof Condition.Not
                    || not.condition() instanceof Condition.Compare
                    || (not.condition() instanceof Condition.Equals equals && (equals.value() == null
                            || equals.value().isTextual() && List.of("yes", "no").contains(equals.value().asText())))
                    ? "it negates a test the rules do not offer negated" : cannotShow(not.condition(), questions);
        }
        if (leaf instanceof Condition.And || leaf instanceof Condition.Or) {
            return "it nests “all of” and “any of”";
        }
        String key = leaf.questionKeys().iterator().next();
        Question q = questions.get(key);
        if (q == null) {
            return "it reads “" + key + "”, which is not an earlier question";
        }
        AnswerSpec answer = q.answer();
        AnswerKind kind = AnswerKinds.of(answer);
        boolean fits;
        if (leaf instanceof Condition.Equals equals) {
            fits = equalsFits(kind, equals.value());
        } else if (leaf instanceof Condition.SelectedAny selected) {
            fits = !selected.values().isEmpty() && optionValues(answer).containsAll(selected.values())
                    && testsOf(answer).contains(ANY_OF);
        } else if (leaf instanceof Condition.Compare compare) {
            fits = kind.comparable() && compare.operator() != null && compare.value() != null;
        } else {
            fits = leaf instanceof Condition.Answered;
        }
        return fits ? null : "its test of “" + key + "” does not fit that question";
    }

    /**
     * Whether the rule can show "equals this value": Yes or No, a number, or one option of a choice that holds
     * one option (shown as "any of" that option).
     */
    private static boolean equalsFits(AnswerKind kind, JsonNode value) {
        if (value == null) {
            return false;
        }
        if (kind.equalsValues().isPresent()) {
            return value.isTextual() && kind.equalsValues().get().contains(value.asText());
        }
        if (kind.comparable()) {
            return value.isNumber();
        }
        return kind.selectable() && value.isTextual() && kind.problem(value).isEmpty();
    }

    /** Shows a condition for which {@link #cannotShow} is {@code null}. */
    void show(Condition leaf, Map<String, Question> questions) {
        if (leaf instanceof Condition.Not not) {
            show(not.condition(), questions);
            test.setValue(NEGATIONS.get(test.getValue()));
            showInputs();
            return;
        }
        Question q = questions.get(leaf.questionKeys().iterator().next());
        question.setValue(q);
        questionChosen(q);
        if (leaf instanceof Condition.Equals equals && AnswerKinds.of(q.answer()).equalsValues().isPresent()) {
            test.setValue("yes".equals(equals.value().asText()) ? IS_YES : IS_NO);
        } else if (leaf instanceof Condition.Equals equals && equals.value().isNumber()) {
            test.setValue(EQUALS);
            number.setValue(equals.value().decimalValue());
        } else if (leaf instanceof Condition.Equals equals) {
            test.setValue(ANY_OF);
            values.setValue(Set.of(equals.value().asText()));
        } else if (leaf instanceof Condition.SelectedAny selected) {
            test.setValue(ANY_OF);
            values.setValue(Set.copyOf(selected.values()));
        } else if (leaf instanceof Condition.Compare compare) {
            COMPARISONS.forEach((symbol, operator) -> {
                if (operator == compare.operator()) {
                    test.setValue(symbol);
                }
            });
            number.setValue(compare.value());
        } else {
            test.setValue(ANSWERED);
        }
        showInputs();
    }

    /** The rule's condition, or {@code null} while it is incomplete. */
    Condition toCondition() {
        Question q = question.getValue();
        String chosen = test.getValue();
        if (q == null || chosen == null) {
            return null;
        }
        for (Map.Entry<String, String> negation : NEGATIONS.entrySet()) {
            if (negation.getValue().equals(chosen)) {
                Condition positive = toCondition(q, negation.getKey());
                return positive == null ? null : new Condition.Not(positive);
            }
        }
        return toCondition(q, chosen);
    }

    private Condition toCondition(Question q, String chosen) {
        if (IS_YES.equals(chosen) || IS_NO.equals(chosen)) {
            return new Condition.Equals(q.key(), TextNode.valueOf(IS_YES.equals(chosen) ? "yes" : "no"));
        }
        if (ANY_OF.equals(chosen)) {
            List<String> selected = optionValues(q.answer()).stream().filter(values.getValue()::contains).toList();
            return selected.isEmpty() ? null : new Condition.SelectedAny(q.key(), selected);
        }
        if (ANSWERED.equals(chosen)) {
            return new Condition.Answered(q.key());
        }
        BigDecimal value = number.getValue();
        if (value == null) {
            return null;
        }
        return EQUALS.equals(chosen) ? new Condition.Equals(q.key(), numberNode(value))
                : new Condition.Compare(q.key(), COMPARISONS.get(chosen), value);
    }

    /** A JSON number as short as the value: {@code 10}, not {@code 1E+1} or {@code 10.0}. */
    static JsonNode numberNode(BigDecimal value) {
        if (value.signum() == 0 || value.stripTrailingZeros().scale() <= 0) {
            try {
                long whole = value.longValueExact();
                return whole == (int) whole ? IntNode.valueOf((int) whole) : LongNode.valueOf(whole);
            } catch (ArithmeticException tooLarge) {
                return DecimalNode.valueOf(value);
            }
        }
        return DecimalNode.valueOf(value);
    }

    private void questionChosen(Question q) {
        test.setItems(q == null ? List.of() : testsOf(q.answer()));
        test.setEnabled(q != null);
        if (q != null) {
            test.setValue(testsOf(q.answer()).get(0));
        }
        List<Option> options = q == null ? List.of() : AnswerKinds.of(q.answer()).options();
        values.setItems(options.stream().map(Option::value).toList());
        values.setItemLabelGenerator(value -> options.stream().filter(o -> o.value().equals(value)).findFirst()
                .map(o -> o.label() == null || o.label().english().isBlank() ? value : o.label().english())
                .orElse(value));
        values.clear();
        number.clear();
        showInputs();
    }

    private void showInputs() {
        String chosen = test.getValue();
        values.setVisible(ANY_OF.equals(chosen) || NONE_OF.equals(chosen));
        number.setVisible(EQUALS.equals(chosen) || NOT_EQUAL.equals(chosen) || COMPARISONS.containsKey(chosen));
    }

    private static List<String> optionValues(AnswerSpec answer) {
        return AnswerKinds.of(answer).options().stream().map(Option::value).toList();
    }
}
