package org.qconsole.answer;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.qconsole.common.Messages;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;
import org.qconsole.common.Worded;
import org.qconsole.common.Phrase;

/** Fixed rows by typed columns: the value is {@code {"rowKey": {"columnKey": value}}}. */
record GridKind(AnswerSpec.Grid spec) implements AnswerKind {

    @Override
    public Optional<String> problem(JsonNode value) {
        return problem(value, Language.EN);
    }

    @Override
    public Optional<String> problem(JsonNode value, Language language) {
        if (!value.isObject()) {
            return Optional.of(Messages.text(language, "answer.check.gridUnreadable"));
        }
        List<String> rows = spec.rows().stream().map(AnswerSpec.Row::key).toList();
        for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> row = it.next();
            if (!rows.contains(row.getKey())) {
                return Optional.of(Messages.text(language, "answer.check.noRow", row.getKey()));
            }
            Optional<String> problem = Cells.problem(spec.columns(), row.getValue(), language);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    /** Answered once any cell is filled and, where columns are required, their cell in every row. */
    @Override
    public boolean isAnswered(JsonNode value) {
        return AnswerKind.super.isAnswered(value)
                && spec.rows().stream().allMatch(row -> Cells.requiredFilled(spec.columns(), value.path(row.key())));
    }

    @Override
    public String text(JsonNode value, Language language) {
        if (!value.isObject()) {
            return Words.asStored(value);
        }
        List<String> rows = new ArrayList<>();
        for (AnswerSpec.Row row : spec.rows()) {
            String cells = Cells.text(spec.columns(), value.path(row.key()), language);
            if (!cells.isEmpty()) {
                String total = !spec.rowTotals() ? "" : Cells.rowTotal(spec.columns(), value.path(row.key()))
                        .map(sum -> " (total " + NumberKind.plain(sum) + ")").orElse("");
                rows.add(Words.plain(row.label(), language) + ": " + cells + total);
            }
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
        for (AnswerSpec.Row row : spec.rows()) {
            for (AnswerSpec.Column column : spec.columns()) {
                columns.add(new ExportColumn(row.key() + "." + column.key(),
                        Words.grouped(row.group(), row.label(), language) + " / "
                                + Words.grouped(column.group(), column.label(), language),
                        a -> a == null ? CellValue.EMPTY
                                : Cells.export(column, a.path(row.key()).path(column.key()), language)));
            }
        }
        spec.columns().forEach(column -> Cells.totalColumn(column, language).ifPresent(columns::add));
        if (spec.rowTotals()) {
            for (AnswerSpec.Row row : spec.rows()) {
                columns.add(new ExportColumn(row.key() + ":total", Words.grouped(row.group(), row.label(), language)
                        + " / " + Messages.text(language, "answer.export.total"), a -> a == null ? CellValue.EMPTY : Cells.rowTotal(spec.columns(),
                                a.path(row.key())).<CellValue>map(CellValue.Number::new).orElse(CellValue.EMPTY)));
            }
        }
        return columns;
    }

    @Override
    public Map<String, String> totals(JsonNode value, Language language) {
        return Cells.totals(spec.columns(), value, language);
    }

    @Override
    public Map<String, String> rowTotals(JsonNode value, Language language) {
        Map<String, String> totals = new LinkedHashMap<>();
        if (spec.rowTotals()) {
            spec.rows().forEach(row -> totals.put(row.key(), NumberKind.plain(Cells.rowTotal(spec.columns(),
                    value == null ? null : value.path(row.key())).orElse(BigDecimal.ZERO))));
        }
        return totals;
    }

    @Override
    public String blankHtml(Language language) {
        StringBuilder html = new StringBuilder("<table class=\"grid\">")
                .append(Cells.headerRow(spec.columns(), true, spec.rowTotals(), language));
        AnswerSpec.Row[] previous = {null};
        spec.rows().forEach(r -> {
            if (r.group() != null && (previous[0] == null || !r.group().equals(previous[0].group()))) {
                html.append("<tr><th colspan=\"").append(spec.columns().size() + (spec.rowTotals() ? 2 : 1))
                        .append("\">")
                        .append(Words.escaped(r.group(), language)).append("</th></tr>");
            }
            previous[0] = r;
            html.append("<tr><th>").append(Words.escaped(r.label(), language)).append("</th>");
            spec.columns().forEach(c -> html.append("<td></td>"));
            html.append(spec.rowTotals() ? "<td></td>" : "").append("</tr>");
        });
        return html.append(Cells.blankTotalsRow(spec.columns(), true, spec.rowTotals(), language)).append("</table>")
                .toString();
    }

    @Override
    public List<AnswerSpec.Row> rows() {
        return spec.rows();
    }

    @Override
    public List<AnswerSpec.Column> columns() {
        return spec.columns();
    }

    @Override
    public void checkSettings(Consumer<Worded> problems) {
        if (spec.rows().isEmpty()) {
            problems.accept(new Phrase("answer.settings.noRows"));
        }
        Settings.unique(new Phrase("answer.settings.aRow"), new Phrase("answer.settings.rows"),
                spec.rows().stream().map(AnswerSpec.Row::key).toList(), problems);
        spec.rows().forEach(row -> Settings.label(new Phrase("answer.settings.theRow", row.key()), row.label(),
                problems));
        spec.rows().stream().filter(row -> row.group() != null).forEach(row -> Settings.label(
                new Phrase("answer.settings.theRowGroup", row.key()), row.group(), problems));
        Settings.columns(spec.columns(), problems);
        if (spec.rowTotals() && spec.columns().stream().noneMatch(c -> c.type() == AnswerSpec.ColumnType.NUMBER)) {
            problems.accept(new Phrase("answer.settings.rowTotals"));
        }
    }

    @Override
    public Worded kindName() {
        return new Phrase("answer.kind.grid");
    }
}
