package org.qconsole.answer;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.qconsole.common.Messages;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;
import org.qconsole.common.Worded;
import org.qconsole.common.Phrase;

/**
 * Rows the respondent adds, between a minimum and a maximum: the value is {@code [{"columnKey": value}]}.
 * Fewer rows than the minimum is not an answer yet.
 */
record TableKind(AnswerSpec.Table spec) implements AnswerKind {

    /** Rows of a table without a maximum that are exported. */
    static final int EXPORTED_ROWS_WITHOUT_MAXIMUM = 10;

    @Override
    public Optional<String> problem(JsonNode value) {
        return problem(value, Language.EN);
    }

    @Override
    public Optional<String> problem(JsonNode value, Language language) {
        if (!value.isArray()) {
            return Optional.of(Messages.text(language, "answer.check.tableUnreadable"));
        }
        if (spec.maxRows() != null && value.size() > spec.maxRows()) {
            return Optional.of(Messages.text(language, "answer.check.tooManyRows", String.valueOf(spec.maxRows()),
                    String.valueOf(value.size())));
        }
        int number = 1;
        for (JsonNode row : value) {
            Optional<String> problem = Cells.problem(spec.columns(), row, language);
            if (problem.isPresent()) {
                return Optional.of(Messages.text(language, "answer.check.row", String.valueOf(number),
                        problem.get()));
            }
            number++;
        }
        return Optional.empty();
    }

    @Override
    public boolean isAnswered(JsonNode value) {
        if (!AnswerKind.super.isAnswered(value) || spec.minRows() != null && value.size() < spec.minRows()) {
            return false;
        }
        for (JsonNode row : value) {
            if (!Cells.requiredFilled(spec.columns(), row)) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String text(JsonNode value, Language language) {
        if (!value.isArray()) {
            return Words.asStored(value);
        }
        List<String> rows = new ArrayList<>();
        int number = 1;
        for (JsonNode row : value) {
            rows.add(number++ + ") " + Cells.text(spec.columns(), row, language));
        }
        String totals = Cells.totalsText(spec.columns(), value, language);
        if (!totals.isEmpty() && !rows.isEmpty()) {
            rows.add(totals);
        }
        return String.join("; ", rows);
    }

    @Override
    public List<ExportColumn> exportColumns(Language language) {
        List<ExportColumn> columns = new ArrayList<>();
        columns.add(new ExportColumn("rows", Messages.text(language, "answer.export.rows"), a -> a == null || !a.isArray() ? CellValue.EMPTY
                : new CellValue.Number(BigDecimal.valueOf(a.size()))));
        int rows = spec.maxRows() == null ? EXPORTED_ROWS_WITHOUT_MAXIMUM : spec.maxRows();
        for (int i = 1; i <= rows; i++) {
            int index = i - 1;
            for (AnswerSpec.Column column : spec.columns()) {
                columns.add(new ExportColumn(i + "." + column.key(), Messages.text(language, "answer.export.row",
                        String.valueOf(i)) + " / " + Words.grouped(column.group(), column.label(), language),
                        a -> a == null ? CellValue.EMPTY : Cells.export(column, a.path(index).path(column.key()), language)));
            }
        }
        spec.columns().forEach(column -> Cells.totalColumn(column, language).ifPresent(columns::add));
        return columns;
    }

    @Override
    public java.util.Map<String, String> totals(JsonNode value, Language language) {
        return Cells.totals(spec.columns(), value, language);
    }

    @Override
    public String blankHtml(Language language) {
        StringBuilder html = new StringBuilder("<table class=\"grid\">")
                .append(Cells.headerRow(spec.columns(), false, language));
        int rows = Math.max(3, spec.minRows() == null ? 0 : spec.minRows());
        for (int i = 0; i < rows; i++) {
            html.append("<tr>");
            spec.columns().forEach(c -> html.append("<td>&#160;</td>"));
            html.append("</tr>");
        }
        return html.append(Cells.blankTotalsRow(spec.columns(), false, false, language)).append("</table>").toString();
    }

    @Override
    public boolean addsRows() {
        return true;
    }

    @Override
    public List<AnswerSpec.Column> columns() {
        return spec.columns();
    }

    @Override
    public void checkSettings(Consumer<Worded> problems) {
        Settings.columns(spec.columns(), problems);
        int min = spec.minRows() == null ? 0 : spec.minRows();
        int max = spec.maxRows() == null ? Settings.MAX_TABLE_ROWS : spec.maxRows();
        if (min < 0 || max < 1 || min > max || max > Settings.MAX_TABLE_ROWS) {
            problems.accept(new Phrase("answer.settings.tableRows", String.valueOf(min), String.valueOf(max),
                    String.valueOf(Settings.MAX_TABLE_ROWS)));
        }
    }

    @Override
    public Worded kindName() {
        return new Phrase("answer.kind.table");
    }
}
