package org.qconsole.answer.ui;

import static org.qconsole.answer.ui.AnswerFields.text;
import static org.qconsole.answer.ui.AnswerFields.cell;
import static org.qconsole.answer.ui.AnswerFields.JSON;
import static org.qconsole.answer.ui.AnswerFields.firstUnreadable;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qconsole.answer.Words;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;

/**
 * Rows the respondent adds and removes, between {@code minRows} and {@code maxRows}; the answer is
 * {@code [{"columnKey": value}, ...]}, rows with nothing entered left out.
 */
final class TableField implements AnswerField {
    private final String id;
    private final AnswerSpec.Table spec;
    private final Language language;
    private final Runnable onChange;
    private final ColumnTotals totals;
    private final Div box = new Div();
    private final Div rowBox = new Div();
    private final Button add = new Button();
    private final List<TableRow> rows = new ArrayList<>();
    private boolean readOnly;

    TableField(String id, AnswerSpec.Table spec, Language language, Runnable onFieldChange) {
        this.id = id;
        this.spec = spec;
        this.language = language;
        this.totals = new ColumnTotals(id, spec, language);
        this.onChange = () -> {
            totals.update(value());
            onFieldChange.run();
        };
        box.setId(id);
        box.addClassName("answer-table");
        add.setText(FormWords.of(language, "form.addRow"));
        add.setId(id + "-add");
        add.addClickListener(e -> {
            addRow();
            onChange.run();
        });
        box.add(rowBox, totals.component(), add);
        String limits = limits(spec.minRows(), spec.maxRows(),
                List.of("form.rows.between", "form.rows.atLeast", "form.rows.atMost"), language);
        if (!limits.isEmpty()) {
            Span helper = new Span(limits);
            helper.addClassName("answer-table-limits");
            helper.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)")
                    .set("font-size", "var(--lumo-font-size-s)");
            box.add(helper);
        }
        startRows();
    }

    /**
     * "Between 1 and 3 rows.", "At least 2 rows.", "At most 1 row."; empty without limits.
     *
     * @param words the keys of the three sentences, in that order
     */
    static String limits(Integer minCount, Integer maxCount, List<String> words, Language language) {
        int min = minCount == null ? 0 : minCount;
        if (min > 0 && maxCount != null) {
            return FormWords.of(language, words.get(0), min, maxCount);
        }
        if (min > 0) {
            return FormWords.of(language, words.get(1), min);
        }
        return maxCount == null ? "" : FormWords.of(language, words.get(2), maxCount);
    }

    private void startRows() {
        int count = Math.max(1, spec.minRows() == null ? 0 : spec.minRows());
        while (rows.size() < count && canAdd()) {
            addRow();
        }
    }

    private boolean canAdd() {
        return spec.maxRows() == null || rows.size() < spec.maxRows();
    }

    private TableRow addRow() {
        TableRow row = new TableRow(FormWords.of(language, "form.remove"));
        for (AnswerSpec.Column column : spec.columns()) {
            AnswerField cell = cell(column, language, onChange);
            if (cell.component() instanceof HasLabel labelled) {
                labelled.setLabel(Words.grouped(column.group(), column.label(), language));
            }
            cell.setReadOnly(readOnly);
            row.cells.put(column.key(), cell);
            row.line.add(cell.component());
        }
        row.remove.addClickListener(e -> {
            rows.remove(row);
            rowBox.remove(row.line);
            update();
            onChange.run();
        });
        row.line.add(row.remove);
        rows.add(row);
        rowBox.add(row.line);
        update();
        return row;
    }

    private void update() {
        add.setEnabled(!readOnly && canAdd());
        for (int i = 0; i < rows.size(); i++) {
            TableRow row = rows.get(i);
            String prefix = id + "-" + i;
            row.line.setId(prefix);
            row.cells.forEach((columnKey, cell) -> cell.component().setId(prefix + "-" + columnKey));
            row.remove.setId(prefix + "-remove");
            row.remove.setEnabled(!readOnly);
        }
    }

    @Override
    public Component component() {
        return box;
    }

    @Override
    public JsonNode value() {
        ArrayNode answer = JSON.arrayNode();
        for (TableRow row : rows) {
            ObjectNode values = JSON.objectNode();
            row.cells.forEach((columnKey, cell) -> {
                if (cell.value() != null) {
                    values.set(columnKey, cell.value());
                }
            });
            if (!values.isEmpty()) {
                answer.add(values);
            }
        }
        return answer.isEmpty() ? null : answer;
    }

    @Override
    public Optional<String> unreadable() {
        return firstUnreadable(rows.stream().flatMap(row -> row.cells.values().stream()));
    }

    @Override
    public void setValue(JsonNode json) {
        rows.clear();
        rowBox.removeAll();
        if (json != null && json.isArray()) {
            for (JsonNode values : json) {
                if (!canAdd()) {
                    break;
                }
                addRow().cells.forEach((columnKey, cell) -> cell.setValue(values.path(columnKey)));
            }
        }
        startRows();
        update();
        totals.update(value());
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        rows.forEach(row -> row.cells.values().forEach(cell -> cell.setReadOnly(readOnly)));
        update();
    }

    private static final class TableRow {
        private final Map<String, AnswerField> cells = new LinkedHashMap<>();
        private final Div line = new Div();
        private final Button remove;

        TableRow(String removeLabel) {
            remove = new Button(removeLabel);
            line.addClassName("answer-table-row");
            line.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "baseline")
                    .set("gap", "var(--lumo-space-s)");
        }
    }
}
