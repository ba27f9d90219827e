package org.qconsole.template;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qconsole.template.model.AnswerSpec;
import org.qconsole.template.model.Language;
import org.qconsole.template.model.LocalizedText;

/**
 * An answer as a person reads it, in one line: option labels instead of stored values, the unit of a
 * number, the rows of a grid or table. Used wherever answers are shown outside the form (history,
 * pre-fill, compilations). A value that does not fit the question is shown as stored, never dropped.
 */
public final class AnswerText {

    private static final Map<Language, List<String>> YES_NO = Map.of(
            Language.EN, List.of("Yes", "No"), Language.FR, List.of("Oui", "Non"),
            Language.ES, List.of("Sí", "No"), Language.AR, List.of("نعم", "لا"),
            Language.RU, List.of("Да", "Нет"), Language.ZH, List.of("是", "否"));

    private AnswerText() {
    }

    /** The localized "Yes" ({@code yes} true) or "No". */
    public static String yesNo(Language language, boolean yes) {
        return YES_NO.getOrDefault(language, YES_NO.get(Language.EN)).get(yes ? 0 : 1);
    }

    /** The answer in words; empty for no answer. */
    public static String of(AnswerSpec spec, JsonNode answer, Language language) {
        if (answer == null || answer.isNull() || answer.isMissingNode()) {
            return "";
        }
        if (spec instanceof AnswerSpec.YesNo && answer.isTextual()
                && List.of("yes", "no").contains(answer.asText())) {
            return yesNo(language, "yes".equals(answer.asText()));
        } else if (spec instanceof AnswerSpec.SingleChoice s && answer.isTextual()) {
            return label(s.options(), answer.asText(), language);
        } else if (spec instanceof AnswerSpec.MultipleChoice m && answer.isObject()) {
            return multipleChoice(m, answer, language);
        } else if (spec instanceof AnswerSpec.NumberAnswer n && answer.isNumber()) {
            String unit = n.unit() == null || n.unit().isEmpty() ? "" : " " + n.unit().in(language);
            return answer.decimalValue().stripTrailingZeros().toPlainString() + unit;
        } else if (spec instanceof AnswerSpec.Grid g && answer.isObject()) {
            return grid(g, answer, language);
        } else if (spec instanceof AnswerSpec.Table t && answer.isArray()) {
            return table(t, answer, language);
        }
        return answer.isValueNode() ? answer.asText() : answer.toString();
    }

    private static String multipleChoice(AnswerSpec.MultipleChoice spec, JsonNode answer, Language language) {
        List<String> parts = new ArrayList<>();
        answer.path("selected").forEach(v -> parts.add(label(spec.options(), v.asText(), language)));
        if (answer.hasNonNull("other") && !answer.get("other").asText().isBlank()) {
            String other = spec.otherLabel() == null || spec.otherLabel().isEmpty() ? "Other"
                    : plain(spec.otherLabel(), language);
            parts.add(other + ": " + answer.get("other").asText());
        }
        return String.join("; ", parts);
    }

    private static String grid(AnswerSpec.Grid spec, JsonNode answer, Language language) {
        List<String> rows = new ArrayList<>();
        for (AnswerSpec.Row row : spec.rows()) {
            String cells = cells(spec.columns(), answer.path(row.key()), language);
            if (!cells.isEmpty()) {
                rows.add(plain(row.label(), language) + ": " + cells);
            }
        }
        return String.join("; ", rows);
    }

    private static String table(AnswerSpec.Table spec, JsonNode answer, Language language) {
        List<String> rows = new ArrayList<>();
        int number = 1;
        for (JsonNode row : answer) {
            rows.add(number++ + ") " + cells(spec.columns(), row, language));
        }
        return String.join("; ", rows);
    }

    private static String cells(List<AnswerSpec.Column> columns, JsonNode row, Language language) {
        List<String> cells = new ArrayList<>();
        for (AnswerSpec.Column column : columns) {
            JsonNode cell = row.path(column.key());
            if (cell.isMissingNode() || cell.isNull()) {
                continue;
            }
            cells.add(plain(column.label(), language) + " " + cell(column, cell, language));
        }
        return String.join(", ", cells);
    }

    /** One cell of a grid or table in words (a ticked box is a check mark). */
    public static String cell(AnswerSpec.Column column, JsonNode cell, Language language) {
        if (cell == null || cell.isNull() || cell.isMissingNode()) {
            return "";
        }
        if (column.type() == AnswerSpec.ColumnType.CHECKBOX && cell.isBoolean()) {
            return cell.booleanValue() ? "✓" : "";
        }
        if (column.type() == AnswerSpec.ColumnType.CHOICE && cell.isTextual()) {
            return label(column.options(), cell.asText(), language);
        }
        if (cell.isNumber()) {
            return cell.decimalValue().stripTrailingZeros().toPlainString();
        }
        return cell.asText();
    }

    private static String label(List<AnswerSpec.Option> options, String value, Language language) {
        return options.stream().filter(o -> o.value().equals(value)).findFirst()
                .map(o -> plain(o.label(), language)).orElse(value);
    }

    private static String plain(LocalizedText text, Language language) {
        return text == null ? "" : RichText.toPlainText(text.in(language));
    }
}
