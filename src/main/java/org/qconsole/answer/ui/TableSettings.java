package org.qconsole.answer.ui;

import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.Consumer;
import org.qconsole.answer.Settings;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.OptionList;
import org.qconsole.model.AnswerSpecParts.Column;
import org.qconsole.model.AnswerSpecParts.Row;

/**
 * The settings of a grid (rows {@code answer-rows}, columns {@code answer-columns}) or a table (columns
 * {@code answer-columns}, {@code answer-min-rows}, {@code answer-max-rows}). An invalid entry shows an
 * error on its field and keeps the last valid settings.
 */
final class TableSettings extends VerticalLayout {

    private final Consumer<AnswerSpec> onEdit;
    private final boolean grid;
    private final TextArea columnLines;
    private List<Row> rows;
    private List<Column> columns;
    private Integer min;
    private Integer max;
    private TextArea rowLines;
    /** The version's shared option lists a choice column may name. */
    private final List<OptionList> lists;
    private IntegerField minRows;
    private IntegerField maxRows;

    private TableSettings(boolean grid, List<Column> columns, List<OptionList> lists, Consumer<AnswerSpec> onEdit) {
        this.grid = grid;
        this.lists = lists;
        this.columns = columns;
        this.onEdit = onEdit;
        setPadding(false);
        columnLines = SettingsFields.linesArea("answer-columns", "Columns", ColumnLines.FORMAT_HELP,
                ColumnLines.format(columns));
        SettingsFields.onUserEdit(columnLines, this::columnsEdited);
    }

    static TableSettings grid(AnswerSpec.Grid spec, List<OptionList> lists, Consumer<AnswerSpec> onEdit) {
        TableSettings settings = new TableSettings(true, spec.columns(), lists, onEdit);
        settings.rows = spec.rows();
        settings.rowLines = SettingsFields.linesArea("answer-rows", "Rows",
                "One row a line: key = Label, e.g. y2022 = 2022", OptionLines.formatRows(spec.rows()));
        SettingsFields.onUserEdit(settings.rowLines, settings::rowsEdited);
        settings.add(settings.rowLines, settings.columnLines);
        return settings;
    }

    static TableSettings table(AnswerSpec.Table spec, List<OptionList> lists, Consumer<AnswerSpec> onEdit) {
        TableSettings settings = new TableSettings(false, spec.columns(), lists, onEdit);
        settings.min = spec.minRows();
        settings.max = spec.maxRows();
        settings.minRows = rowCount("answer-min-rows", "Minimum rows", spec.minRows(), "0");
        settings.maxRows = rowCount("answer-max-rows", "Maximum rows", spec.maxRows(),
                String.valueOf(Settings.MAX_TABLE_ROWS));
        SettingsFields.onUserEdit(settings.minRows, v -> settings.rowCountsEdited());
        SettingsFields.onUserEdit(settings.maxRows, v -> settings.rowCountsEdited());
        HorizontalLayout counts = new HorizontalLayout(settings.minRows, settings.maxRows);
        counts.setPadding(false);
        settings.add(settings.columnLines, counts);
        return settings;
    }

    private void rowsEdited(String text) {
        OptionLines.Parsed<Row> parsed = OptionLines.parseRows(text, rows);
        SettingsFields.error(rowLines, parsed.ok() ? null : parsed.errorMessage());
        if (parsed.ok()) {
            rows = parsed.items();
            edited();
        }
    }

    private void columnsEdited(String text) {
        OptionLines.Parsed<Column> parsed = ColumnLines.parse(text, columns, lists);
        SettingsFields.error(columnLines, parsed.ok() ? null : parsed.errorMessage());
        if (parsed.ok()) {
            columns = parsed.items();
            edited();
        }
    }

    private void rowCountsEdited() {
        Integer minValue = minRows.getValue();
        Integer maxValue = maxRows.getValue();
        int limit = Settings.MAX_TABLE_ROWS;
        String minError = minValue != null && (minValue < 0 || minValue > limit) ? "Enter 0 to " + limit : null;
        String maxError = maxValue != null && (maxValue < 1 || maxValue > limit) ? "Enter 1 to " + limit
                : minValue != null && maxValue != null && minValue > maxValue ? "The maximum is below the minimum" : null;
        SettingsFields.error(minRows, minError);
        SettingsFields.error(maxRows, maxError);
        if (minError == null && maxError == null) {
            min = minValue;
            max = maxValue;
            edited();
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

    private void edited() {
        onEdit.accept(grid ? new AnswerSpec.Grid(rows, columns) : new AnswerSpec.Table(columns, min, max));
    }
}
