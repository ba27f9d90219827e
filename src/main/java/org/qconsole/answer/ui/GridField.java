package org.qconsole.answer.ui;

import static org.qconsole.answer.ui.AnswerFields.text;
import static org.qconsole.answer.ui.AnswerFields.cell;
import static org.qconsole.answer.ui.AnswerFields.describe;
import static org.qconsole.answer.ui.AnswerFields.JSON;
import static org.qconsole.answer.ui.AnswerFields.firstUnreadable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.qconsole.answer.AnswerKind;
import org.qconsole.answer.AnswerKinds;
import org.qconsole.answer.Words;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;

/** Fixed rows by typed columns; the answer is {@code {"rowKey": {"columnKey": value}}}. */
final class GridField implements AnswerField {
    private final Div grid = new Div();
    private final Map<String, Map<String, AnswerField>> cells = new LinkedHashMap<>();

    private final ColumnTotals totals;
    /** Each row's sum at its end, for a grid with row totals; by row key. */
    private final Map<String, Span> rowTotals = new LinkedHashMap<>();
    private final AnswerKind kind;
    private final Language language;

    GridField(String id, AnswerSpec.Grid spec, Language language, Runnable onFieldChange) {
        this.kind = AnswerKinds.of(spec);
        this.language = language;
        totals = new ColumnTotals(id, spec, language);
        Runnable onChange = () -> {
            showTotals();
            onFieldChange.run();
        };
        grid.setId(id);
        grid.addClassName("answer-grid");
        grid.getStyle().set("display", "grid").set("gap", "var(--lumo-space-s)").set("align-items", "center");
        int columns = Math.max(1, spec.columns().size());
        String totalColumn = spec.rowTotals() ? " auto" : "";
        grid.getStyle().set("grid-template-columns", "auto repeat(" + columns + ", minmax(6em, 1fr))" + totalColumn);
        addColumnGroups(spec.columns(), spec.rowTotals(), language);
        grid.add(new Span());
        spec.columns().forEach(c -> grid.add(header(text(c.label(), language))));
        if (spec.rowTotals()) {
            grid.add(header(FormWords.of(language, "form.total")));
        }
        LocalizedText group = null;
        for (AnswerSpec.Row row : spec.rows()) {
            if (row.group() != null && !row.group().equals(group)) {
                Span heading = header(text(row.group(), language));
                heading.addClassName("answer-grid-row-group");
                heading.getStyle().set("grid-column", "1 / -1");
                grid.add(heading);
            }
            group = row.group();
            String rowLabel = text(row.label(), language);
            grid.add(new Span(rowLabel));
            Map<String, AnswerField> rowCells = new LinkedHashMap<>();
            for (AnswerSpec.Column column : spec.columns()) {
                AnswerField cell = cell(column, language, onChange);
                cell.component().setId(id + "-" + row.key() + "-" + column.key());
                describe(cell.component(), Words.grouped(row.group(), row.label(), language) + " / "
                        + Words.grouped(column.group(), column.label(), language));
                rowCells.put(column.key(), cell);
                grid.add(cell.component());
            }
            cells.put(row.key(), rowCells);
            if (spec.rowTotals()) {
                Span total = header("0");
                total.setId(id + "-" + row.key() + "-total");
                rowTotals.put(row.key(), total);
                grid.add(total);
            }
        }
        totals.component().getStyle().set("grid-column", "1 / -1");
        grid.add(totals.component());
    }

    /** A header row above the columns' own when any has a group: each group over its neighbouring columns. */
    private void addColumnGroups(List<AnswerSpec.Column> columns, boolean rowTotals, Language language) {
        if (columns.stream().noneMatch(c -> c.group() != null)) {
            return;
        }
        grid.add(new Span());
        for (int i = 0; i < columns.size(); ) {
            LocalizedText group = columns.get(i).group();
            int span = 1;
            while (i + span < columns.size() && Objects.equals(columns.get(i + span).group(), group)) {
                span++;
            }
            Span heading = header(group == null ? "" : text(group, language));
            heading.addClassName("answer-grid-column-group");
            heading.getStyle().set("grid-column", "span " + span).set("text-align", "center");
            grid.add(heading);
            i += span;
        }
        if (rowTotals) {
            grid.add(new Span());
        }
    }

    private void showTotals() {
        JsonNode value = value();
        totals.update(value);
        kind.rowTotals(value, language).forEach((rowKey, sum) -> rowTotals.get(rowKey).setText(sum));
    }

    private static Span header(String label) {
        Span header = new Span(label);
        header.getStyle().set("font-weight", "600");
        return header;
    }

    @Override
    public Component component() {
        return grid;
    }

    @Override
    public JsonNode value() {
        ObjectNode answer = JSON.objectNode();
        cells.forEach((rowKey, row) -> {
            ObjectNode values = JSON.objectNode();
            row.forEach((columnKey, cell) -> {
                if (cell.value() != null) {
                    values.set(columnKey, cell.value());
                }
            });
            if (!values.isEmpty()) {
                answer.set(rowKey, values);
            }
        });
        return answer.isEmpty() ? null : answer;
    }

    @Override
    public Optional<String> unreadable() {
        return firstUnreadable(cells.values().stream().flatMap(row -> row.values().stream()));
    }

    @Override
    public void setValue(JsonNode json) {
        JsonNode answer = json == null ? JSON.missingNode() : json;
        cells.forEach((rowKey, row) -> row.forEach((columnKey, cell) ->
                cell.setValue(answer.path(rowKey).path(columnKey))));
        showTotals();
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        cells.values().forEach(row -> row.values().forEach(cell -> cell.setReadOnly(readOnly)));
    }
}
