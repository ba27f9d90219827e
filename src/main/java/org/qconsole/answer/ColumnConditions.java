package org.qconsole.answer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;
import org.qconsole.common.Phrase;

/**
 * Which tests of a "gridCell" or "anyRow" condition fit a column of a grid or table: a choice column is
 * one of its options, a box is ticked ({@code true}) or not, a number column is a number and compares, a
 * text column is a text, a date column a date, a Yes/No column {@code "yes"} or {@code "no"}. The cells themselves are checked and read in {@link Cells}.
 */
public final class ColumnConditions {

    private ColumnConditions() {
    }

    /** Whether a condition may compare the column's cells (less than, at least...): numbers. */
    public static boolean comparable(AnswerSpec.Column column) {
        return Cells.type(column) == AnswerSpec.ColumnType.NUMBER;
    }

    /** Whether the column is a box, ticked or not. */
    public static boolean tickable(AnswerSpec.Column column) {
        return Cells.type(column) == AnswerSpec.ColumnType.CHECKBOX;
    }

    /** Whether the column has options to choose among. */
    public static boolean selectable(AnswerSpec.Column column) {
        return Cells.type(column) == AnswerSpec.ColumnType.CHOICE;
    }

    /**
     * Why a condition cannot name this value for a cell of the column, as a phrase that follows "but" ("it has
     * no such option"); empty when it fits.
     */
    public static Optional<Phrase> valueProblem(AnswerSpec.Column column, JsonNode value) {
        boolean fits = switch (Cells.type(column)) {
            case CHECKBOX -> value.isBoolean() && value.booleanValue();
            case NUMBER -> NumberKind.isFinite(value);
            case CHOICE -> value.isTextual() && Words.values(column.options()).contains(value.asText());
            case TEXT -> value.isTextual();
            case DATE -> value.isTextual() && Cells.problemOfDate(value, Language.EN).isEmpty();
            case YES_NO -> value.isTextual() && ("yes".equals(value.asText()) || "no".equals(value.asText()));
        };
        if (fits) {
            return Optional.empty();
        }
        return Optional.of(new Phrase(switch (Cells.type(column)) {
            case CHECKBOX -> "answer.cellValue.checkbox";
            case NUMBER -> "answer.cellValue.number";
            case CHOICE -> "answer.cellValue.choice";
            case TEXT -> "answer.cellValue.text";
            case DATE -> "answer.cellValue.date";
            case YES_NO -> "answer.cellValue.yesNo";
        }));
    }
}
