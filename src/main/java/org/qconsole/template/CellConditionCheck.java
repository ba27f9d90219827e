package org.qconsole.template;

import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.qconsole.answer.AnswerKind;
import org.qconsole.answer.AnswerKinds;
import org.qconsole.answer.ColumnConditions;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Condition;
import org.qconsole.model.Question;

/**
 * Checks the conditions that read part of an answer or all but some of it against the question they read:
 * "answeredExcept" names values the question has, "gridCell" a row and column of a grid, "anyRow" a column of
 * a table, with a test that fits the column. Each problem is a phrase that follows the item's place.
 */
final class CellConditionCheck {

    private CellConditionCheck() {
    }

    static void fits(Condition leaf, Question target, Consumer<String> problems) {
        AnswerSpec answer = target.answer();
        AnswerKind kind = AnswerKinds.of(answer);
        String key = target.key();
        if (leaf instanceof Condition.AnsweredExcept except) {
            Optional<Set<String>> values = kind.exceptValues();
            if (values.isEmpty()) {
                problems.accept("asks for any answer of " + key + " except some values, but it is a "
                        + answer.kindName() + " question");
            } else if (except.values().isEmpty()) {
                problems.accept("asks for any answer of " + key + " except nothing; name the values to leave out");
            } else {
                except.values().stream().filter(v -> !values.get().contains(v)).forEach(v -> problems.accept(
                        "asks for any answer of " + key + " except \"" + v + "\", but it has no such "
                                + (kind.equalsValues().isPresent() ? "value; use \"yes\" or \"no\"" : "option")));
            }
        } else if (leaf instanceof Condition.GridCell cell) {
            if (kind.rows().isEmpty()) {
                problems.accept("reads a cell of " + key + ", but it is a " + answer.kindName() + " question, not a grid");
            } else if (kind.rows().stream().noneMatch(r -> r.key().equals(cell.row()))) {
                problems.accept("reads row \"" + cell.row() + "\" of " + key + ", but it has no such row");
            } else {
                column(cell, kind, key, problems);
            }
        } else if (leaf instanceof Condition.AnyRow any) {
            if (!kind.addsRows()) {
                problems.accept("asks whether any row of " + key + " has a value, but it is a " + answer.kindName()
                        + " question, not a table");
            } else {
                column(any, kind, key, problems);
            }
        }
    }

    private static void column(Condition.CellTest test, AnswerKind kind, String key, Consumer<String> problems) {
        AnswerSpec.Column column = kind.columns().stream().filter(c -> c.key().equals(test.column())).findFirst()
                .orElse(null);
        String named = "column " + test.column() + " of " + key;
        if (column == null) {
            problems.accept("reads column \"" + test.column() + "\" of " + key + ", but it has no such column");
        } else if (test.operator() == null && test.value() == null && test.values().isEmpty()) {
            problems.accept("tests " + named + " with neither values nor a comparison; give one");
        } else if (test.operator() != null || test.value() != null) {
            if (!test.values().isEmpty()) {
                problems.accept("tests " + named + " with both values and a comparison; give one");
            } else if (!ColumnConditions.comparable(column)) {
                problems.accept("compares " + named + " as a number, but it is not a number column");
            } else if (test.operator() == null || test.value() == null) {
                problems.accept("compares " + named + " without " + (test.operator() == null ? "an operator"
                        : "a value") + "; give both");
            }
        } else {
            test.values().forEach(value -> ColumnConditions.valueProblem(column, value).ifPresent(problem ->
                    problems.accept("asks whether " + named + " is " + value + ", but " + problem)));
        }
    }
}
