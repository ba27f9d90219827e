package org.qconsole.questionnaire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.function.Function;
import org.qconsole.answer.CellValue;

/**
 * One exported column of answers, as one template version defines it.
 *
 * @param key stable across versions: the question key, plus the sub-field ({@code q1a.email},
 *     {@code q7.y2022.sent}, {@code s2_contact.email}); columns of different versions align on it
 * @param number the question or section number as printed
 * @param header the question text and sub-field, in English
 * @param questionKey the answer the cell is read from
 * @param cell reads the cell from that answer (never null; the answer may be null)
 */
public record AnswerColumn(String key, String number, String header, String questionKey,
        Function<JsonNode, CellValue> cell) {
}
