package org.qconsole.template.ui;

import static org.qconsole.template.ui.RuleTests.ANSWERED;
import static org.qconsole.template.ui.RuleTests.ANY_OF;
import static org.qconsole.template.ui.RuleTests.COMPARISONS;
import static org.qconsole.template.ui.RuleTests.EQUALS;
import static org.qconsole.template.ui.RuleTests.EXCEPT;
import static org.qconsole.template.ui.RuleTests.IS_NO;
import static org.qconsole.template.ui.RuleTests.IS_YES;
import static org.qconsole.template.ui.RuleTests.NEGATIONS;
import static org.qconsole.template.ui.RuleTests.TICKED;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.qconsole.answer.AnswerKinds;
import org.qconsole.answer.ColumnConditions;
import org.qconsole.answer.ui.SettingsFields;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.AnswerSpecParts.Option;
import org.qconsole.model.Condition;
import org.qconsole.model.Question;
import org.qconsole.model.RichText;

/**
 * One rule of a {@link ConditionEditor}: a question, for a grid or table the cell it reads ({@link CellPicker}),
 * a test fitting it ({@link RuleTests}) and the test's values. Ids (given by the editor, {@code i} from 0):
 * {@code prefix-question-i}, {@code prefix-row-i}, {@code prefix-column-i}, {@code prefix-test-i},
 * {@code prefix-values-i}, {@code prefix-number-i}, {@code prefix-remove-i}.
 */
final class ConditionRule extends HorizontalLayout {

    private static final int MAX_LABEL_LENGTH = 100;

    private final Select<Question> question = new Select<>();
    private final CellPicker cell;
    private final Select<String> test = new Select<>();
    private final MultiSelectComboBox<String> values = new MultiSelectComboBox<>();
    private final BigDecimalField number = new BigDecimalField();
    private final Button remove = new Button(getTranslation("template.rule.remove"));

    ConditionRule(List<Question> questions, Runnable onEdit, Consumer<ConditionRule> onRemove) {
        setPadding(false);
        setWrap(true);
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        question.setLabel(getTranslation("template.item.QUESTION"));
        question.setItems(questions);
        question.setItemLabelGenerator(ConditionRule::label);
        question.setWidth("24em");
        cell = new CellPicker(() -> {
            partChosen();
            onEdit.run();
        });
        test.setLabel(getTranslation("template.rule.test"));
        test.setWidth("10em");
        values.setLabel(getTranslation("template.rule.options"));
        values.setWidth("20em");
        number.setLabel(getTranslation("template.field.number"));
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
        add(question);
        cell.fields().forEach(this::add);
        add(test, values, number, remove);
        questionChosen(null);
    }

    void setIds(String idPrefix, int index) {
        question.setId(idPrefix + "-question-" + index);
        cell.setIds(idPrefix, index);
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

    /** Shows a condition for which {@link RuleTests#cannotShow} is {@code null}. */
    void show(Condition leaf, Map<String, Question> questions) {
        if (leaf instanceof Condition.Not not) {
            show(not.condition(), questions);
            choose(NEGATIONS.get(chosenTest()));
            showInputs();
            return;
        }
        Question q = questions.get(leaf.questionKeys().iterator().next());
        question.setValue(q);
        questionChosen(q);
        if (leaf instanceof Condition.CellTest cellTest) {
            cell.show(cellTest);
            partChosen();
            showCellTest(cellTest, cell.column().orElseThrow());
        } else if (leaf instanceof Condition.Equals equals && AnswerKinds.of(q.answer()).equalsValues().isPresent()) {
            choose("yes".equals(equals.value().asText()) ? IS_YES : IS_NO);
        } else if (leaf instanceof Condition.Equals equals && equals.value().isNumber()) {
            choose(EQUALS);
            number.setValue(equals.value().decimalValue());
        } else if (leaf instanceof Condition.Equals equals) {
            choose(ANY_OF);
            values.setValue(Set.of(equals.value().asText()));
        } else if (leaf instanceof Condition.SelectedAny selected) {
            choose(ANY_OF);
            values.setValue(Set.copyOf(selected.values()));
        } else if (leaf instanceof Condition.AnsweredExcept except) {
            choose(EXCEPT);
            values.setValue(Set.copyOf(except.values()));
        } else if (leaf instanceof Condition.Compare compare) {
            showComparison(compare.operator(), compare.value());
        } else {
            choose(ANSWERED);
        }
        showInputs();
    }

    private void showCellTest(Condition.CellTest cellTest, AnswerSpec.Column column) {
        if (cellTest.operator() != null) {
            showComparison(cellTest.operator(), cellTest.value());
        } else if (ColumnConditions.tickable(column)) {
            choose(TICKED);
        } else if (ColumnConditions.comparable(column)) {
            choose(EQUALS);
            number.setValue(cellTest.values().get(0).decimalValue());
        } else {
            choose(ANY_OF);
            values.setValue(Set.copyOf(cellTest.values().stream().map(JsonNode::asText).toList()));
        }
    }

    private void showComparison(Condition.Operator operator, BigDecimal value) {
        COMPARISONS.forEach((symbol, each) -> {
            if (each == operator) {
                choose(symbol);
            }
        });
        number.setValue(value);
    }

    /** The rule's condition, or {@code null} while it is incomplete. */
    Condition toCondition() {
        Question q = question.getValue();
        String chosen = chosenTest();
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
        Optional<AnswerSpec.Column> column = cell.column();
        if (IS_YES.equals(chosen) || IS_NO.equals(chosen)) {
            return new Condition.Equals(q.key(), TextNode.valueOf(IS_YES.equals(chosen) ? "yes" : "no"));
        }
        if (ANSWERED.equals(chosen)) {
            return new Condition.Answered(q.key());
        }
        if (TICKED.equals(chosen)) {
            return cell.condition(q.key(), List.of(BooleanNode.TRUE), null, null);
        }
        if (ANY_OF.equals(chosen) || EXCEPT.equals(chosen)) {
            List<String> selected = offeredOptions().stream().map(Option::value).filter(values.getValue()::contains)
                    .toList();
            if (selected.isEmpty()) {
                return null;
            }
            if (column.isPresent()) {
                return cell.condition(q.key(), selected.stream().map(v -> (JsonNode) TextNode.valueOf(v)).toList(),
                        null, null);
            }
            return EXCEPT.equals(chosen) ? new Condition.AnsweredExcept(q.key(), selected)
                    : new Condition.SelectedAny(q.key(), selected);
        }
        BigDecimal value = number.getValue();
        if (value == null) {
            return null;
        }
        if (column.isPresent()) {
            return EQUALS.equals(chosen) ? cell.condition(q.key(), List.of(numberNode(value)), null, null)
                    : cell.condition(q.key(), List.of(), COMPARISONS.get(chosen), value);
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
        cell.questionChosen(q == null ? null : q.answer());
        partChosen();
    }

    /** Offers the tests and options of what the rule reads: the whole answer, or the chosen cell's column. */
    private void partChosen() {
        Question q = question.getValue();
        List<String> tests = q == null ? List.of()
                : cell.column().map(RuleTests::ofColumn).orElseGet(() -> RuleTests.of(q.answer()));
        test.setItems(tests.stream().map(RuleTests::shown).toList());
        test.setEnabled(q != null);
        if (!tests.isEmpty()) {
            choose(tests.get(0));
        }
        List<Option> options = offeredOptions();
        values.setItems(options.stream().map(Option::value).toList());
        values.setItemLabelGenerator(value -> options.stream().filter(o -> o.value().equals(value)).findFirst()
                .map(o -> o.label() == null || o.label().english().isBlank() ? value : o.label().english())
                .orElse(value));
        values.clear();
        number.clear();
        showInputs();
    }

    private List<Option> offeredOptions() {
        Question q = question.getValue();
        if (q == null) {
            return List.of();
        }
        return cell.column().map(AnswerSpec.Column::options).orElseGet(() -> AnswerKinds.of(q.answer()).options());
    }

    /** Shows this test as chosen. */
    private void choose(String chosen) {
        test.setValue(RuleTests.shown(chosen));
    }

    /** The test chosen, or {@code null}. */
    private String chosenTest() {
        return RuleTests.fromShown(test.getValue());
    }

    private void showInputs() {
        String chosen = chosenTest();
        values.setVisible(RuleTests.takesOptions(chosen));
        number.setVisible(RuleTests.takesNumber(chosen));
    }
}
