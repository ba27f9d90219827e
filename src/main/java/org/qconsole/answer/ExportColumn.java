package org.qconsole.answer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Function;

/**
 * One export column of a question, as its kind defines it.
 *
 * @param keySuffix appended to the question key with a dot ({@code email} for {@code q1a.email}); empty
 *     for the column holding the whole answer
 * @param header appended to the question text after a colon; empty for the whole answer
 * @param cell reads the cell from the answer, which may be {@code null} (never returns null)
 */
public record ExportColumn(String keySuffix, String header, Function<JsonNode, CellValue> cell) {

    /** The column holding the whole answer; {@code cell} is called with present values only. */
    public static ExportColumn whole(Function<JsonNode, CellValue> cell) {
        return new ExportColumn("", "", value -> AnswerKinds.isEmpty(value) ? CellValue.EMPTY : cell.apply(value));
    }
}
