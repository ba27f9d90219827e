package org.qconsole.template.ui;

import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;
import org.qconsole.template.TemplateValidator;
import org.qconsole.template.model.AnswerSpec;
import org.qconsole.template.model.AnswerSpec.Column;
import org.qconsole.template.model.AnswerSpec.Row;

/**
 * The settings of a grid (rows {@code answer-rows}, columns {@code answer-columns}) or a table (columns
 * {@code answer-columns}, {@code answer-min-rows}, {@code answer-max-rows}). An invalid entry shows an
 * error on its field and keeps the last valid settings.
 */
final class TableSettings extends VerticalLayout {

    private final Consumer<AnswerSpec> onEdit;
    private final TextArea columns;
    private AnswerSpec current;
    private TextArea rows;
    private IntegerField minRows;
    private IntegerField maxRows;

    /** {@code spec} is a {@link AnswerSpec.Grid} or a {@link AnswerSpec.Table}. */
    TableSettings(AnswerSpec spec, Consumer<AnswerSpec> onEdit) {
        this.current = spec;
        this.onEdit = onEdit;
        setPadding(false);
        if (spec instanceof AnswerSpec.Grid grid) {
            rows = SettingsFields.linesArea("answer-rows", "Rows",
                    "One row a line: key = Label, e.g. y2022 = 2022", OptionLines.formatRows(grid.rows()));
            SettingsFields.onUserEdit(rows, this::rowsEdited);
            add(rows);
        }
        columns = SettingsFields.linesArea("answer-columns", "Columns", ColumnLines.FORMAT_HELP,
                ColumnLines.format(columns(spec)));
        SettingsFields.onUserEdit(columns, this::columnsEdited);
        add(columns);
        if (spec instanceof AnswerSpec.Table table) {
            minRows = rowCount("answer-min-rows", "Minimum rows", table.minRows(), "0");
            maxRows = rowCount("answer-max-rows", "Maximum rows", table.maxRows(),
                    String.valueOf(TemplateValidator.MAX_TABLE_ROWS));
            SettingsFields.onUserEdit(minRows, v -> rowCountsEdited());
            SettingsFields.onUserEdit(maxRows, v -> rowCountsEdited());
            HorizontalLayout counts = new HorizontalLayout(minRows, maxRows);
            counts.setPadding(false);
            add(counts);
        }
    }

    static List<Column> columns(AnswerSpec spec) {
        if (spec instanceof AnswerSpec.Grid grid) {
            return grid.columns();
        }
        if (spec instanceof AnswerSpec.Table table) {
            return table.columns();
        }
        return List.of();
    }

    private void rowsEdited(String text) {
        if (current instanceof AnswerSpec.Grid grid) {
            OptionLines.Parsed<Row> parsed = OptionLines.parseRows(text, grid.rows());
            SettingsFields.error(rows, parsed.ok() ? null : parsed.errorMessage());
            if (parsed.ok()) {
                edited(new AnswerSpec.Grid(parsed.items(), grid.columns()));
            }
        }
    }

    private void columnsEdited(String text) {
        OptionLines.Parsed<Column> parsed = ColumnLines.parse(text, columns(current));
        SettingsFields.error(columns, parsed.ok() ? null : parsed.errorMessage());
        if (!parsed.ok()) {
            return;
        }
        if (current instanceof AnswerSpec.Grid grid) {
            edited(new AnswerSpec.Grid(grid.rows(), parsed.items()));
        } else if (current instanceof AnswerSpec.Table table) {
            edited(new AnswerSpec.Table(parsed.items(), table.minRows(), table.maxRows()));
        }
    }

    private void rowCountsEdited() {
        Integer min = minRows.getValue();
        Integer max = maxRows.getValue();
        int limit = TemplateValidator.MAX_TABLE_ROWS;
        String minError = min != null && (min < 0 || min > limit) ? "Enter 0 to " + limit : null;
        String maxError = max != null && (max < 1 || max > limit) ? "Enter 1 to " + limit
                : min != null && max != null && min > max ? "The maximum is below the minimum" : null;
        SettingsFields.error(minRows, minError);
        SettingsFields.error(maxRows, maxError);
        if (minError == null && maxError == null) {
            edited(new AnswerSpec.Table(columns(current), min, max));
        }
    }

    private static IntegerField rowCount(String id, String label, Integer value, String placeholder) {
        IntegerField field = new IntegerField(label);
        field.setId(id);
        field.setManualValidation(true);
        field.setPlaceholder(placeholder);
        field.setValue(value);
        return field;
    }

    private void edited(AnswerSpec spec) {
        current = spec;
        onEdit.accept(spec);
    }
}
