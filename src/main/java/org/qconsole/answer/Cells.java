package org.qconsole.answer;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qconsole.common.Messages;
import org.qconsole.model.RichText;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Answers;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;

/** The typed cells of grids and tables: checking, reading and exporting one row of them. */
final class Cells {

    private Cells() {
    }

    /** The first problem in a row of cells ({@code {"columnKey": value}}); empty when all fit. */
    static Optional<String> problem(List<AnswerSpec.Column> columns, JsonNode row, Language language) {
        if (!row.isObject()) {
            return Optional.of(Messages.text(language, "answer.check.rowUnreadable"));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = row.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> cell = it.next();
            AnswerSpec.Column column = columns.stream().filter(c -> c.key().equals(cell.getKey())).findFirst()
                    .orElse(null);
            if (column == null) {
                return Optional.of(Messages.text(language, "answer.check.noColumn", cell.getKey()));
            }
            Optional<String> problem = cell.getValue().isNull() ? Optional.empty()
                    : problem(column, cell.getValue(), language);
            if (problem.isPresent()) {
                return Optional.of(header(column, language) + ": " + problem.get());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> problem(AnswerSpec.Column column, JsonNode value, Language language) {
        return switch (type(column)) {
            case CHECKBOX -> value.isBoolean() ? Optional.empty()
                    : Optional.of(Messages.text(language, "answer.check.tick"));
            case NUMBER -> column.number() != null
                    ? new NumberKind(column.number().asAnswer()).problem(value, language)
                    : NumberKind.isFinite(value) ? Optional.empty()
                    : Optional.of(Messages.text(language, "answer.check.number"));
            case CHOICE -> value.isTextual() && Words.values(column.options()).contains(value.asText())
                    ? Optional.empty() : Optional.of(Messages.text(language, "answer.check.chooseOne"));
            case TEXT -> TextKind.problem(value, maxLength(column), language);
            case DATE -> problemOfDate(value, language);
            case YES_NO -> value.isTextual() && YES_NO_VALUES.contains(value.asText()) ? Optional.empty()
                    : Optional.of(Messages.text(language, "answer.check.yesNo"));
        };
    }

    /** Why a value is not a date a date cell takes; empty when it is. */
    static Optional<String> problemOfDate(JsonNode value, Language language) {
        return DATE_CELL.problem(value, language);
    }

    /** The most characters a text cell takes: the column's own maximum, or that of a short text's box. */
    static int maxLength(AnswerSpec.Column column) {
        return column.maxLength() == null ? Settings.CELL_TEXT_MAX : column.maxLength();
    }

    /**
     * Whether every required cell of a row is filled; a grid asks it of each of its rows, a table of each row
     * the respondent added.
     */
    static boolean requiredFilled(List<AnswerSpec.Column> columns, JsonNode row) {
        return columns.stream().filter(AnswerSpec.Column::required).allMatch(c -> Answers.isAnswered(row.path(c.key())));
    }

    private static final DateKind DATE_CELL = new DateKind(new AnswerSpec.DateAnswer(null, null));
    private static final java.util.Set<String> YES_NO_VALUES = java.util.Set.of("yes", "no");

    /** A row in words: "Label value, Label value"; cells without a value are left out. */
    static String text(List<AnswerSpec.Column> columns, JsonNode row, Language language) {
        List<String> cells = new ArrayList<>();
        for (AnswerSpec.Column column : columns) {
            JsonNode cell = row.path(column.key());
            if (!AnswerKinds.isEmpty(cell)) {
                cells.add(Words.plain(column.label(), language) + " " + text(column, cell, language));
            }
        }
        return String.join(", ", cells);
    }

    /** One cell in words (a ticked box is a check mark); "" for an empty cell. */
    static String text(AnswerSpec.Column column, JsonNode cell, Language language) {
        if (AnswerKinds.isEmpty(cell)) {
            return "";
        }
        if (type(column) == AnswerSpec.ColumnType.CHECKBOX && cell.isBoolean()) {
            return cell.booleanValue() ? "✓" : "";
        }
        if (type(column) == AnswerSpec.ColumnType.CHOICE && cell.isTextual()) {
            return Words.label(column.options(), cell.asText(), language);
        }
        if (type(column) == AnswerSpec.ColumnType.YES_NO && cell.isTextual() && YES_NO_VALUES.contains(cell.asText())) {
            return Words.yesNo(language, "yes".equals(cell.asText()));
        }
        if (column.number() != null && cell.isNumber()) {
            return new NumberKind(column.number().asAnswer()).text(cell, language);
        }
        return cell.isNumber() ? NumberKind.plain(cell.decimalValue()) : cell.asText();
    }

    /**
     * The sum of a column's numbers over the rows (a grid's row objects or a table's), as the total under the
     * column shows it and the export writes it; empty when no row has a number there.
     */
    static Optional<BigDecimal> total(AnswerSpec.Column column, Iterable<JsonNode> rows) {
        BigDecimal sum = null;
        for (JsonNode row : rows) {
            JsonNode cell = row.path(column.key());
            if (cell.isNumber()) {
                sum = (sum == null ? BigDecimal.ZERO : sum).add(cell.decimalValue());
            }
        }
        return Optional.ofNullable(sum);
    }

    /**
     * The export column of a column's total ({@code total:cases}, "total / Cases"), for totalled columns. No row
     * key has a colon, so the total's key never meets a cell's ({@code total.cases} would, for a row "total").
     */
    static Optional<ExportColumn> totalColumn(AnswerSpec.Column column, Language language) {
        if (!column.total()) {
            return Optional.empty();
        }
        return Optional.of(new ExportColumn("total:" + column.key(), Messages.text(language, "answer.export.total")
                + " / " + header(column, language), value ->
                value == null ? CellValue.EMPTY : total(column, rows(value))
                        .<CellValue>map(CellValue.Number::new).orElse(CellValue.EMPTY)));
    }

    /**
     * The totals after a grid's or table's cells in words, "Total: Men 4, Women 5" (as the respondent saw them
     * under the cells), for the printed answer and the history; "" without totalled columns.
     */
    /** The word for a sum in printed answers and forms, in the questionnaire's language. */
    private static String total(Language language) {
        return Messages.text(language, "form.total");
    }

    static String totalsText(List<AnswerSpec.Column> columns, JsonNode value, Language language) {
        Map<String, String> totals = totals(columns, value, language);
        if (totals.isEmpty()) {
            return "";
        }
        List<String> words = new ArrayList<>();
        columns.stream().filter(c -> totals.containsKey(c.key()))
                .forEach(c -> words.add(Words.plain(c.label(), language) + " " + totals.get(c.key())));
        return total(language) + ": " + String.join(", ", words);
    }

    /** The totals of the totalled columns in words with their unit (see {@link AnswerKind#totals}). */
    static Map<String, String> totals(List<AnswerSpec.Column> columns, JsonNode value, Language language) {
        Map<String, String> totals = new java.util.LinkedHashMap<>();
        for (AnswerSpec.Column column : columns) {
            if (column.total()) {
                String sum = NumberKind.plain(total(column, rows(value)).orElse(BigDecimal.ZERO));
                String unit = column.number() == null ? "" : Words.plain(column.number().unit(), language);
                totals.put(column.key(), unit.isBlank() ? sum : sum + " " + unit);
            }
        }
        return totals;
    }

    /** The sum of a row's number cells (its number columns only); empty when it has none. */
    static Optional<BigDecimal> rowTotal(List<AnswerSpec.Column> columns, JsonNode row) {
        BigDecimal sum = null;
        for (AnswerSpec.Column column : columns) {
            JsonNode cell = row == null ? null : row.get(column.key());
            if (type(column) == AnswerSpec.ColumnType.NUMBER && cell != null && cell.isNumber()) {
                sum = (sum == null ? BigDecimal.ZERO : sum).add(cell.decimalValue());
            }
        }
        return Optional.ofNullable(sum);
    }

    /** The row objects of a grid's or a table's value. */
    static Iterable<JsonNode> rows(JsonNode value) {
        if (value == null || !(value.isObject() || value.isArray())) {
            return List.of();
        }
        List<JsonNode> rows = new ArrayList<>();
        value.elements().forEachRemaining(rows::add); // a grid's rows by key, or a table's in order
        return rows;
    }

    /** One cell as exported: numbers stay numbers. */
    static CellValue export(AnswerSpec.Column column, JsonNode cell, Language language) {
        if (cell.isNumber()) {
            return new CellValue.Number(cell.decimalValue());
        }
        return cell.isMissingNode() ? CellValue.EMPTY : CellValue.text(text(column, cell, language));
    }

    /**
     * The printed header of a grid or table ({@code leading} adds an empty corner cell): a first row with the
     * columns' groups, each over its neighbours, when any column has one, then the columns' labels.
     */
    static String headerRow(List<AnswerSpec.Column> columns, boolean leading, Language language) {
        return headerRow(columns, leading, false, language);
    }

    /** As {@link #headerRow(List, boolean, Language)}, with a last column "Total" for a grid's row totals. */
    static String headerRow(List<AnswerSpec.Column> columns, boolean leading, boolean rowTotal, Language language) {
        StringBuilder html = new StringBuilder();
        if (columns.stream().anyMatch(c -> c.group() != null)) {
            html.append("<tr>").append(leading ? "<th></th>" : "");
            for (int i = 0; i < columns.size(); ) {
                LocalizedText group = columns.get(i).group();
                int span = 1;
                while (i + span < columns.size() && java.util.Objects.equals(columns.get(i + span).group(), group)) {
                    span++;
                }
                html.append("<th colspan=\"").append(span).append("\">")
                        .append(group == null ? "" : Words.escaped(group, language)).append("</th>");
                i += span;
            }
            html.append(rowTotal ? "<th></th>" : "").append("</tr>");
        }
        html.append("<tr>").append(leading ? "<th></th>" : "");
        columns.forEach(c -> html.append("<th>").append(Words.escaped(c.label(), language)).append("</th>"));
        return html.append(rowTotal ? "<th>" + total(language) + "</th>" : "").append("</tr>").toString();
    }

    /**
     * The blank form's line for the totals under totalled columns, "" without any: "Total" in the grid's
     * leading cell (or in each totalled cell of a table, which has none), the other cells shaded.
     */
    static String blankTotalsRow(List<AnswerSpec.Column> columns, boolean leading, boolean rowTotal,
            Language language) {
        if (columns.stream().noneMatch(AnswerSpec.Column::total)) {
            return "";
        }
        String total = total(language);
        StringBuilder html = new StringBuilder("<tr class=\"totals\">").append(leading ? "<th>" + total + "</th>" : "");
        columns.forEach(c -> html.append(!c.total() ? "<td class=\"none\"></td>"
                : leading ? "<td></td>" : "<td>" + total + ":</td>"));
        return html.append(rowTotal ? "<td></td>" : "").append("</tr>").toString();
    }


    static AnswerSpec.ColumnType type(AnswerSpec.Column column) {
        return column.type() == null ? AnswerSpec.ColumnType.TEXT : column.type();
    }

    private static String header(AnswerSpec.Column column) {
        return header(column, Language.EN);
    }

    /** A column's label in the language, its key when it has none. */
    private static String header(AnswerSpec.Column column, Language language) {
        return column.label() == null || column.label().isEmpty() ? column.key()
                : RichText.toPlainText(column.label().in(language));
    }
}
