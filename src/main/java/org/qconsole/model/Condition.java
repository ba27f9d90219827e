package org.qconsole.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * When an item is shown, or a question required, depending on earlier answers. In JSON a condition is
 * an object with one property naming its kind, e.g. {@code {"equals": {"question": "q1", "value": "yes"}}}
 * or {@code {"and": [ ... ]}}. See docs/template-format.md.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.WRAPPER_OBJECT)
@JsonSubTypes({
    @JsonSubTypes.Type(value = Condition.Equals.class, name = "equals"),
    @JsonSubTypes.Type(value = Condition.SelectedAny.class, name = "selectedAny"),
    @JsonSubTypes.Type(value = Condition.Answered.class, name = "answered"),
    @JsonSubTypes.Type(value = Condition.Compare.class, name = "compare"),
    @JsonSubTypes.Type(value = Condition.And.class, name = "and"),
    @JsonSubTypes.Type(value = Condition.Or.class, name = "or"),
    @JsonSubTypes.Type(value = Condition.Not.class, name = "not"),
    @JsonSubTypes.Type(value = Condition.AnsweredExcept.class, name = "answeredExcept"),
    @JsonSubTypes.Type(value = Condition.GridCell.class, name = "gridCell"),
    @JsonSubTypes.Type(value = Condition.AnyRow.class, name = "anyRow")})
public sealed interface Condition {

    /** Whether the condition holds for the answers given so far. */
    boolean test(Answers answers);

    /** The keys of the questions this condition reads. */
    Set<String> questionKeys();

    /** The answer to a question equals a value: "yes"/"no" for Yes/No, an option value, a number, a text. */
    record Equals(String question, JsonNode value) implements Condition {
        @Override
        public boolean test(Answers answers) {
            return answers.get(question).map(answer -> Answers.scalarEquals(answer, value)).orElse(false);
        }

        @Override
        public Set<String> questionKeys() {
            return Set.of(question);
        }
    }

    /** At least one of the given options is chosen (single or multiple choice). */
    record SelectedAny(String question, List<String> values) implements Condition {
        @Override
        public boolean test(Answers answers) {
            return answers.get(question).map(answer -> Answers.selectedValues(answer).stream()
                    .anyMatch(values::contains)).orElse(false);
        }

        @Override
        public Set<String> questionKeys() {
            return Set.of(question);
        }
    }

    /** The question has an answer (not empty). */
    record Answered(String question) implements Condition {
        @Override
        public boolean test(Answers answers) {
            return answers.get(question).map(Answers::isAnswered).orElse(false);
        }

        @Override
        public Set<String> questionKeys() {
            return Set.of(question);
        }
    }

    /**
     * The question is answered, with anything but these values: Yes / No or options, e.g. "any answer except
     * No". Unlike {@code {"not": {"selectedAny": ...}}} it does not hold before the question is answered. A
     * multiple choice holds when none of its chosen options is among them ("Other" words alone count).
     */
    record AnsweredExcept(String question, List<String> values) implements Condition {
        public AnsweredExcept {
            values = values == null ? List.of() : List.copyOf(values);
        }

        @Override
        public boolean test(Answers answers) {
            return answers.get(question).filter(Answers::isAnswered)
                    .map(answer -> Answers.selectedValues(answer).stream().noneMatch(values::contains)).orElse(false);
        }

        @Override
        public Set<String> questionKeys() {
            return Set.of(question);
        }
    }

    /**
     * One cell of a grid, by row and column: it is any of {@code values} (an option of a choice column,
     * {@code true} for a ticked box, a number, a text), or, with {@code operator}, a number compared with
     * {@code value}.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record GridCell(String question, String row, String column, List<JsonNode> values, Operator operator,
            BigDecimal value) implements Condition, CellTest {
        public GridCell {
            values = values == null ? List.of() : List.copyOf(values);
        }

        @Override
        public boolean test(Answers answers) {
            return answers.get(question).map(answer -> holds(answer.path(row).path(column))).orElse(false);
        }

        @Override
        public Set<String> questionKeys() {
            return Set.of(question);
        }
    }

    /** Any row of a table where the column's cell is any of {@code values}, or compares (see {@link GridCell}). */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record AnyRow(String question, String column, List<JsonNode> values, Operator operator, BigDecimal value)
            implements Condition, CellTest {
        public AnyRow {
            values = values == null ? List.of() : List.copyOf(values);
        }

        @Override
        public boolean test(Answers answers) {
            return answers.get(question).filter(JsonNode::isArray).map(rows -> {
                for (JsonNode row : rows) {
                    if (holds(row.path(column))) {
                        return true;
                    }
                }
                return false;
            }).orElse(false);
        }

        @Override
        public Set<String> questionKeys() {
            return Set.of(question);
        }
    }

    /** A number answer compared with a value. */
    record Compare(String question, Operator operator, BigDecimal value) implements Condition {
        @Override
        public boolean test(Answers answers) {
            return answers.get(question).filter(JsonNode::isNumber)
                    .map(answer -> operator.holds(answer.decimalValue().compareTo(value))).orElse(false);
        }

        @Override
        public Set<String> questionKeys() {
            return Set.of(question);
        }
    }

    /** All of the conditions hold. */
    record And(List<Condition> all) implements Condition {
        public And {
            all = List.copyOf(all);
        }

        @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
        public static And of(List<Condition> all) {
            return new And(all);
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public List<Condition> json() {
            return all;
        }

        @Override
        public boolean test(Answers answers) {
            return all.stream().allMatch(c -> c.test(answers));
        }

        @Override
        public Set<String> questionKeys() {
            return all.stream().flatMap(c -> c.questionKeys().stream()).collect(Collectors.toSet());
        }
    }

    /**
     * The condition does not hold, e.g. {@code {"not": {"selectedAny": {"question": "q1a", "values": ["none"]}}}}:
     * none of these options is chosen (an unanswered question has none chosen).
     */
    @com.fasterxml.jackson.databind.annotation.JsonSerialize(using = NotWriter.class)
    record Not(Condition condition) implements Condition {

        @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
        public static Not of(Condition condition) {
            return new Not(condition);
        }

        @Override
        public boolean test(Answers answers) {
            return condition != null && !condition.test(answers);
        }

        @Override
        public Set<String> questionKeys() {
            return condition == null ? Set.of() : condition.questionKeys();
        }
    }

    /** At least one of the conditions holds. */
    record Or(List<Condition> any) implements Condition {
        public Or {
            any = List.copyOf(any);
        }

        @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
        public static Or of(List<Condition> any) {
            return new Or(any);
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public List<Condition> json() {
            return any;
        }

        @Override
        public boolean test(Answers answers) {
            return any.stream().anyMatch(c -> c.test(answers));
        }

        @Override
        public Set<String> questionKeys() {
            return any.stream().flatMap(c -> c.questionKeys().stream()).collect(Collectors.toSet());
        }
    }

    /** The test of a {@link GridCell} or {@link AnyRow} on one cell: any of the values, or a comparison. */
    sealed interface CellTest permits GridCell, AnyRow {
        String column();

        List<JsonNode> values();

        Operator operator();

        BigDecimal value();

        default boolean holds(JsonNode cell) {
            if (cell.isMissingNode() || cell.isNull()) {
                return false;
            }
            if (operator() != null) {
                return value() != null && cell.isNumber() && operator().holds(cell.decimalValue().compareTo(value()));
            }
            return values().stream().anyMatch(v -> v != null && Answers.scalarEquals(cell, v));
        }
    }

    enum Operator {
        LT, LE, GT, GE;

        boolean holds(int comparison) {
            return switch (this) {
                case LT -> comparison < 0;
                case LE -> comparison <= 0;
                case GT -> comparison > 0;
                case GE -> comparison >= 0;
            };
        }

        @com.fasterxml.jackson.annotation.JsonValue
        public String json() {
            return name().toLowerCase();
        }

        @com.fasterxml.jackson.annotation.JsonCreator
        public static Operator fromJson(String json) {
            return Stream.of(values()).filter(o -> o.json().equals(json)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Unknown operator \"" + json
                            + "\"; expected lt, le, gt or ge"));
        }
    }
}
