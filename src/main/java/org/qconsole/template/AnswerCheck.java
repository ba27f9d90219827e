package org.qconsole.template;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qconsole.template.model.AnswerSpec;

/**
 * Whether an answer value fits its question's kind and settings (docs/template-format.md, "Answer
 * values"). The fill-in shows the message beside the question at once; the server refuses to store
 * an answer that fails, whatever the browser sent. Missing answers are not problems here: required
 * questions are checked at submission.
 */
public final class AnswerCheck {

    private static final int CELL_TEXT_MAX = AnswerSpec.ShortText.DEFAULT_MAX_LENGTH;

    private AnswerCheck() {
    }

    /** The problem with this answer, in words for the respondent; empty when it is fine or empty. */
    public static Optional<String> problem(AnswerSpec spec, JsonNode answer) {
        if (answer == null || answer.isNull() || answer.isMissingNode()) {
            return Optional.empty();
        }
        return Optional.ofNullable(check(spec, answer));
    }

    private static String check(AnswerSpec spec, JsonNode answer) {
        if (spec instanceof AnswerSpec.YesNo) {
            return oneOf(answer, List.of("yes", "no"), "Choose Yes or No.");
        } else if (spec instanceof AnswerSpec.SingleChoice s) {
            return oneOf(answer, values(s.options()), "Choose one of the options.");
        } else if (spec instanceof AnswerSpec.MultipleChoice m) {
            return multipleChoice(m, answer);
        } else if (spec instanceof AnswerSpec.ShortText s) {
            return text(answer, s.maxLength() == null ? AnswerSpec.ShortText.DEFAULT_MAX_LENGTH : s.maxLength());
        } else if (spec instanceof AnswerSpec.LongText l) {
            return text(answer, l.maxLength() == null ? AnswerSpec.LongText.DEFAULT_MAX_LENGTH : l.maxLength());
        } else if (spec instanceof AnswerSpec.NumberAnswer n) {
            return number(n, answer);
        } else if (spec instanceof AnswerSpec.DateAnswer d) {
            return date(d, answer);
        } else if (spec instanceof AnswerSpec.Grid g) {
            return grid(g, answer);
        }
        return table((AnswerSpec.Table) spec, answer);
    }

    private static String oneOf(JsonNode answer, List<String> values, String message) {
        return answer.isTextual() && values.contains(answer.asText()) ? null : message;
    }

    private static String multipleChoice(AnswerSpec.MultipleChoice spec, JsonNode answer) {
        if (!answer.isObject() || (answer.has("selected") && !answer.get("selected").isArray())) {
            return "Choose among the options.";
        }
        List<String> values = values(spec.options());
        for (JsonNode selected : answer.path("selected")) {
            if (!selected.isTextual() || !values.contains(selected.asText())) {
                return "Choose among the options.";
            }
        }
        JsonNode other = answer.get("other");
        if (other != null && !other.isNull()) {
            if (spec.otherLabel() == null || spec.otherLabel().isEmpty()) {
                return "This question has no \"Other\" answer.";
            }
            return text(other, CELL_TEXT_MAX);
        }
        return null;
    }

    private static String text(JsonNode answer, int maxLength) {
        if (!answer.isTextual()) {
            return "Enter text.";
        }
        int length = answer.asText().length();
        return length <= maxLength ? null
                : "Enter at most " + maxLength + " characters (this has " + length + ").";
    }

    private static String number(AnswerSpec.NumberAnswer spec, JsonNode answer) {
        if (!isFinite(answer)) {
            return "Enter a number.";
        }
        BigDecimal value = answer.decimalValue();
        if (spec.integer() && value.stripTrailingZeros().scale() > 0) {
            return "Enter a whole number.";
        }
        if ((spec.min() != null && value.compareTo(spec.min()) < 0)
                || (spec.max() != null && value.compareTo(spec.max()) > 0)) {
            return "Enter a number " + range(plain(spec.min()), plain(spec.max())) + ".";
        }
        return null;
    }

    private static String date(AnswerSpec.DateAnswer spec, JsonNode answer) {
        LocalDate date;
        try {
            date = answer.isTextual() ? LocalDate.parse(answer.asText()) : null;
        } catch (DateTimeParseException e) {
            date = null;
        }
        if (date == null) {
            return "Enter a date as year-month-day, e.g. 2024-03-31.";
        }
        if (date.getYear() < 1 || date.getYear() > 9999) {
            return "Enter a year from 1 to 9999.";
        }
        if ((spec.min() != null && date.isBefore(spec.min()))
                || (spec.max() != null && date.isAfter(spec.max()))) {
            return "Enter a date " + dateRange(spec.min(), spec.max()) + ".";
        }
        return null;
    }

    private static String grid(AnswerSpec.Grid spec, JsonNode answer) {
        if (!answer.isObject()) {
            return "This grid's answer is not readable.";
        }
        List<String> rows = spec.rows().stream().map(AnswerSpec.Row::key).toList();
        for (Iterator<Map.Entry<String, JsonNode>> it = answer.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> row = it.next();
            if (!rows.contains(row.getKey())) {
                return "This grid has no row \"" + row.getKey() + "\".";
            }
            String problem = cells(spec.columns(), row.getValue());
            if (problem != null) {
                return problem;
            }
        }
        return null;
    }

    private static String table(AnswerSpec.Table spec, JsonNode answer) {
        if (!answer.isArray()) {
            return "This table's answer is not readable.";
        }
        if (spec.maxRows() != null && answer.size() > spec.maxRows()) {
            return "Enter at most " + spec.maxRows() + " rows (this has " + answer.size() + ").";
        }
        int number = 1;
        for (JsonNode row : answer) {
            String problem = cells(spec.columns(), row);
            if (problem != null) {
                return "Row " + number + ": " + problem;
            }
            number++;
        }
        return null;
    }

    private static String cells(List<AnswerSpec.Column> columns, JsonNode row) {
        if (!row.isObject()) {
            return "A row of this answer is not readable.";
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = row.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> cell = it.next();
            AnswerSpec.Column column = columns.stream().filter(c -> c.key().equals(cell.getKey())).findFirst()
                    .orElse(null);
            if (column == null) {
                return "There is no column \"" + cell.getKey() + "\".";
            }
            String problem = cell.getValue().isNull() ? null : cell(column, cell.getValue());
            if (problem != null) {
                return columnLabel(column) + ": " + problem;
            }
        }
        return null;
    }

    private static String cell(AnswerSpec.Column column, JsonNode value) {
        AnswerSpec.ColumnType type = column.type() == null ? AnswerSpec.ColumnType.TEXT : column.type();
        return switch (type) {
            case CHECKBOX -> value.isBoolean() ? null : "Tick or untick the box.";
            case NUMBER -> isFinite(value) ? null : "Enter a number.";
            case CHOICE -> oneOf(value, values(column.options()), "Choose one of the options.");
            case TEXT -> text(value, CELL_TEXT_MAX);
        };
    }

    /** A number JSON can hold: NaN and infinities are doubles, but neither numbers in JSON nor decimals. */
    private static boolean isFinite(JsonNode value) {
        return value.isNumber() && !((value.isDouble() || value.isFloat()) && !Double.isFinite(value.doubleValue()));
    }

    private static String range(Object min, Object max) {
        if (min != null && max != null) {
            return "from " + min + " to " + max;
        }
        return min != null ? "of at least " + min : "of at most " + max;
    }

    private static String dateRange(LocalDate min, LocalDate max) {
        if (min != null && max != null) {
            return "between " + min + " and " + max;
        }
        return min != null ? "on or after " + min : "on or before " + max;
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private static List<String> values(List<AnswerSpec.Option> options) {
        return options.stream().map(AnswerSpec.Option::value).toList();
    }

    private static String columnLabel(AnswerSpec.Column column) {
        return column.label() == null || column.label().isEmpty() ? column.key()
                : RichText.toPlainText(column.label().english());
    }
}
