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
import org.qconsole.common.Phrase;
import org.qconsole.common.Worded;

/**
 * Checks the conditions that read part of an answer or all but some of it against the question they read:
 * "answeredExcept" names values the question has, "gridCell" a row and column of a grid, "anyRow" a column of
 * a table, with a test that fits the column. Each problem is a phrase that follows the item's place.
 */
final class CellConditionCheck {

    private CellConditionCheck() {
    }

    static void fits(Condition leaf, Question target, Consumer<Worded> problems) {
        AnswerSpec answer = target.answer();
        AnswerKind kind = AnswerKinds.of(answer);
        String key = target.key();
        if (leaf instanceof Condition.AnsweredExcept except) {
            Optional<Set<String>> values = kind.exceptValues();
            if (values.isEmpty()) {
                problems.accept(new Phrase("template.problem.cell.exceptNotSupported", key, kind.kindName()));
            } else if (except.values().isEmpty()) {
                problems.accept(new Phrase("template.problem.cell.exceptNothing", key));
            } else {
                except.values().stream().filter(v -> !values.get().contains(v)).forEach(v -> problems.accept(
                        new Phrase(kind.equalsValues().isPresent() ? "template.problem.cell.exceptNoValue"
                                : "template.problem.cell.exceptNoOption", key, v)));
            }
        } else if (leaf instanceof Condition.GridCell cell) {
            if (kind.rows().isEmpty()) {
                problems.accept(new Phrase("template.problem.cell.notGrid", key, answer.kindName()));
            } else if (kind.rows().stream().noneMatch(r -> r.key().equals(cell.row()))) {
                problems.accept(new Phrase("template.problem.cell.noRow", cell.row(), key));
            } else {
                column(cell, kind, key, problems);
            }
        } else if (leaf instanceof Condition.AnyRow any) {
            if (!kind.addsRows()) {
                problems.accept(new Phrase("template.problem.cell.notTable", key, answer.kindName()));
            } else {
                column(any, kind, key, problems);
            }
        }
    }

    private static void column(Condition.CellTest test, AnswerKind kind, String key, Consumer<Worded> problems) {
        AnswerSpec.Column column = kind.columns().stream().filter(c -> c.key().equals(test.column())).findFirst()
                .orElse(null);
        Phrase named = new Phrase("template.problem.cell.column", test.column(), key);
        if (column == null) {
            problems.accept(new Phrase("template.problem.cell.noColumn", test.column(), key));
        } else if (test.operator() == null && test.value() == null && test.values().isEmpty()) {
            problems.accept(new Phrase("template.problem.cell.noTest", named));
        } else if (test.operator() != null || test.value() != null) {
            if (!test.values().isEmpty()) {
                problems.accept(new Phrase("template.problem.cell.twoTests", named));
            } else if (!ColumnConditions.comparable(column)) {
                problems.accept(new Phrase("template.problem.cell.notNumber", named));
            } else if (test.operator() == null || test.value() == null) {
                problems.accept(new Phrase(test.operator() == null ? "template.problem.cell.noOperator"
                        : "template.problem.cell.noValue", named));
            }
        } else {
            test.values().forEach(value -> ColumnConditions.valueProblem(column, value).ifPresent(problem ->
                    problems.accept(new Phrase("template.problem.cell.valueMismatch", named, value.toString(),
                            problem))));
        }
    }
}
