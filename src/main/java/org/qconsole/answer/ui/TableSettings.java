package org.qconsole.answer.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.qconsole.answer.Settings;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.OptionList;
import org.qconsole.model.AnswerSpecParts.Column;
import org.qconsole.model.AnswerSpecParts.Row;

/**
 * The settings of a grid (rows {@code answer-rows}, columns {@code answer-columns}, row totals
 * {@code answer-row-totals}) or a table (columns
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
    private boolean rowTotals;
    private Integer max;
    private TextArea rowLines;
    /** The version's shared option lists a choice column may name. */
    private final List<OptionList> lists;

    private TableSettings(boolean grid, List<Column> columns, List<OptionList> lists, Consumer<AnswerSpec> onEdit) {
        this.grid = grid;
        this.lists = lists;
        this.columns = columns;
        this.onEdit = onEdit;
        setPadding(false);
        columnLines = SettingsFields.linesArea("answer-columns", DesignerWords.translate("answer.columns.label"),
                DesignerWords.translate("answer.columns.help"), formatColumns(columns));
        SettingsFields.onUserEdit(columnLines, this::columnsEdited);
    }

    static TableSettings grid(AnswerSpec.Grid spec, List<OptionList> lists, Consumer<AnswerSpec> onEdit) {
        TableSettings settings = new TableSettings(true, spec.columns(), lists, onEdit);
        settings.rows = spec.rows();
        settings.rowLines = SettingsFields.linesArea("answer-rows", DesignerWords.translate("answer.rows.label"),
                DesignerWords.translate("answer.rows.help"), formatRows(spec.rows()));
        SettingsFields.onUserEdit(settings.rowLines, settings::rowsEdited);
        settings.rowTotals = spec.rowTotals();
        Checkbox rowTotals = new Checkbox(DesignerWords.translate("answer.rows.totals"), spec.rowTotals());
        rowTotals.setId("answer-row-totals");
        SettingsFields.onUserEdit(rowTotals, totalled -> {
            settings.rowTotals = totalled;
            settings.edited();
        });
        settings.add(settings.rowLines, settings.columnLines, rowTotals);
        return settings;
    }

    static TableSettings table(AnswerSpec.Table spec, List<OptionList> lists, Consumer<AnswerSpec> onEdit) {
        TableSettings settings = new TableSettings(false, spec.columns(), lists, onEdit);
        settings.min = spec.minRows();
        settings.max = spec.maxRows();
        settings.add(settings.columnLines, new CountFields("rows",
                DesignerWords.translate("answer.count.minRows"), DesignerWords.translate("answer.count.maxRows"),
                spec.minRows(), spec.maxRows(),
                Settings.MAX_TABLE_ROWS, (min, max) -> {
                    settings.min = min;
                    settings.max = max;
                    settings.edited();
                }));
        return settings;
    }

    private void rowsEdited(String text) {
        GroupLines.Split split = GroupLines.split(text);
        OptionLines.Parsed<Row> parsed = OptionLines.parseRows(split.entries(), rows);
        SettingsFields.error(rowLines, parsed.ok() ? null : parsed.errorMessage());
        if (parsed.ok()) {
            Map<String, LocalizedText> groups = new HashMap<>();
            rows.stream().filter(r -> r.group() != null).forEach(r -> groups.put(r.key(), r.group()));
            rows = GroupLines.apply(parsed.items(), split.headings(), Row::key, groups, Row::withGroup);
            edited();
        }
    }

    private void columnsEdited(String text) {
        GroupLines.Split split = GroupLines.split(text);
        OptionLines.Parsed<Column> parsed = ColumnLines.parse(split.entries(), columns, lists);
        SettingsFields.error(columnLines, parsed.ok() ? null : parsed.errorMessage());
        if (parsed.ok()) {
            Map<String, LocalizedText> groups = new HashMap<>();
            columns.stream().filter(c -> c.group() != null).forEach(c -> groups.put(c.key(), c.group()));
            columns = GroupLines.apply(parsed.items(), split.headings(), Column::key, groups, Column::withGroup);
            edited();
        }
    }

    static String formatRows(List<Row> rows) {
        return rows.isEmpty() ? "" : GroupLines.format(List.of(OptionLines.formatRows(rows).split("\n", -1)),
                rows.stream().map(Row::group).toList());
    }

    static String formatColumns(List<Column> columns) {
        return columns.isEmpty() ? "" : GroupLines.format(List.of(ColumnLines.format(columns).split("\n", -1)),
                columns.stream().map(Column::group).toList());
    }

    private void edited() {
        onEdit.accept(grid ? new AnswerSpec.Grid(rows, columns, rowTotals) : new AnswerSpec.Table(columns, min, max));
    }
}
