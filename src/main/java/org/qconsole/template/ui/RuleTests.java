package org.qconsole.template.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.qconsole.answer.AnswerKind;
import org.qconsole.answer.AnswerKinds;
import org.qconsole.answer.ColumnConditions;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.AnswerSpecParts.Option;
import org.qconsole.model.Condition;
import org.qconsole.model.Question;

/**
 * The tests a {@link ConditionRule} offers, by what they read (a question's answer, or one column of a grid
 * or table), and whether the rules can show a condition written in JSON. What a kind or a column may be
 * tested with is said by the kind ({@link AnswerKind}) and {@link ColumnConditions}.
 */
final class RuleTests {

    // A test is the key of its words in the messages, or the symbol of a comparison (see shown()).
    static final String IS_YES = "template.rule.yes";
    static final String IS_NO = "template.rule.no";
    static final String ANY_OF = "template.rule.any.of";
    static final String EQUALS = "=";
    static final String ANSWERED = "template.rule.answered";
    static final String NONE_OF = "template.rule.none.of";
    static final String NOT_EQUAL = "≠";
    static final String NOT_ANSWERED = "template.rule.not.answered";
    static final String EXCEPT = "template.rule.any.except";
    static final String TICKED = "template.rule.ticked";
    static final String NOT_TICKED = "template.rule.not.ticked";

    /** The tests that negate another ({@link Condition.Not}), by the test they negate. */
    static final Map<String, String> NEGATIONS = Map.of(ANY_OF, NONE_OF, EQUALS, NOT_EQUAL, ANSWERED, NOT_ANSWERED,
            TICKED, NOT_TICKED);

    /** The comparisons other than "=", by their symbol. */
    static final Map<String, Condition.Operator> COMPARISONS = new LinkedHashMap<>();

    static {
        COMPARISONS.put("<", Condition.Operator.LT);
        COMPARISONS.put("≤", Condition.Operator.LE);
        COMPARISONS.put(">", Condition.Operator.GT);
        COMPARISONS.put("≥", Condition.Operator.GE);
    }

    private static final List<String> NUMBER_TESTS = List.of(EQUALS, NOT_EQUAL, "<", "≤", ">", "≥");

    /** Every test, to tell which one the user chose from what it shows. */
    static final List<String> ALL = List.of(IS_YES, IS_NO, ANY_OF, NONE_OF, EXCEPT, ANSWERED, NOT_ANSWERED, TICKED,
            NOT_TICKED, EQUALS, NOT_EQUAL, "<", "≤", ">", "≥");

    private RuleTests() {
    }

    /** The tests that fit a question's whole answer. */
    static List<String> of(AnswerSpec answer) {
        AnswerKind kind = AnswerKinds.of(answer);
        if (kind.equalsValues().isPresent()) {
            return List.of(IS_YES, IS_NO, ANSWERED, NOT_ANSWERED);
        }
        if (kind.selectable()) {
            return List.of(ANY_OF, NONE_OF, EXCEPT, ANSWERED, NOT_ANSWERED);
        }
        if (kind.comparable()) {
            return Stream.concat(NUMBER_TESTS.stream(), Stream.of(ANSWERED, NOT_ANSWERED)).toList();
        }
        return List.of(ANSWERED, NOT_ANSWERED);
    }

    /** The tests that fit one cell of a column; none for a text column (JSON only). */
    static List<String> ofColumn(AnswerSpec.Column column) {
        if (ColumnConditions.selectable(column)) {
            return List.of(ANY_OF, NONE_OF);
        }
        if (ColumnConditions.tickable(column)) {
            return List.of(TICKED, NOT_TICKED);
        }
        return ColumnConditions.comparable(column) ? NUMBER_TESTS : List.of();
    }

    /** What a test shows: its words in the user's language, or its symbol. */
    static String shown(String test) {
        return test.startsWith("template.") ? I18NProvider.translate(test) : test;
    }

    /** The test that shows as this, or {@code null}. */
    static String fromShown(String shown) {
        return shown == null ? null : ALL.stream().filter(t -> shown(t).equals(shown)).findFirst().orElse(null);
    }

    static boolean takesOptions(String test) {
        return ANY_OF.equals(test) || NONE_OF.equals(test) || EXCEPT.equals(test);
    }

    static boolean takesNumber(String test) {
        return EQUALS.equals(test) || NOT_EQUAL.equals(test) || COMPARISONS.containsKey(test);
    }

    /** Why a rule cannot show a condition (not an And/Or), or {@code null} when it can. */
    static String cannotShow(Condition leaf, Map<String, Question> questions) {
        if (leaf instanceof Condition.Not not) {
            Condition negated = not.condition();
            return negated == null || negated instanceof Condition.Not || negated instanceof Condition.Compare
                    || negated instanceof Condition.AnsweredExcept
                    || negated instanceof Condition.CellTest cell && cell.operator() != null
                    || (negated instanceof Condition.Equals equals && (equals.value() == null
                            || equals.value().isTextual() && List.of("yes", "no").contains(equals.value().asText())))
                    ? I18NProvider.translate("template.rule.why.negated") : cannotShow(negated, questions);
        }
        if (leaf instanceof Condition.And || leaf instanceof Condition.Or) {
            return I18NProvider.translate("template.rule.why.nested");
        }
        String key = leaf.questionKeys().iterator().next();
        Question q = questions.get(key);
        if (q == null) {
            return I18NProvider.translate("template.rule.why.notEarlier", key);
        }
        AnswerKind kind = AnswerKinds.of(q.answer());
        boolean fits;
        if (leaf instanceof Condition.Equals equals) {
            fits = equalsFits(kind, equals.value());
        } else if (leaf instanceof Condition.SelectedAny selected) {
            fits = kind.selectable() && !selected.values().isEmpty() && optionValues(kind).containsAll(selected.values());
        } else if (leaf instanceof Condition.AnsweredExcept except) {
            fits = kind.selectable() && !except.values().isEmpty() && optionValues(kind).containsAll(except.values());
        } else if (leaf instanceof Condition.Compare compare) {
            fits = kind.comparable() && compare.operator() != null && compare.value() != null;
        } else if (leaf instanceof Condition.CellTest cell) {
            fits = cellFits(cell, kind);
        } else {
            fits = leaf instanceof Condition.Answered;
        }
        return fits ? null : I18NProvider.translate("template.rule.why.misfit", key);
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

    /** A cell test the rule shows: a row and column the question has, and a test its column offers. */
    private static boolean cellFits(Condition.CellTest cell, AnswerKind kind) {
        boolean placed = cell instanceof Condition.GridCell grid
                ? kind.rows().stream().anyMatch(r -> r.key().equals(grid.row())) : kind.addsRows();
        AnswerSpec.Column column = kind.columns().stream().filter(c -> c.key().equals(cell.column())).findFirst()
                .orElse(null);
        if (!placed || column == null) {
            return false;
        }
        List<JsonNode> values = cell.values();
        if (cell.operator() != null || cell.value() != null) {
            return values.isEmpty() && cell.operator() != null && cell.value() != null
                    && ColumnConditions.comparable(column);
        }
        if (ColumnConditions.tickable(column)) {
            return values.size() == 1 && values.get(0).isBoolean() && values.get(0).booleanValue();
        }
        if (ColumnConditions.comparable(column)) {
            return values.size() == 1 && values.get(0).isNumber();
        }
        return ColumnConditions.selectable(column) && !values.isEmpty() && values.stream().allMatch(v ->
                v.isTextual() && column.options().stream().anyMatch(o -> o.value().equals(v.asText())));
    }

    private static List<String> optionValues(AnswerKind kind) {
        return kind.options().stream().map(Option::value).toList();
    }
}
