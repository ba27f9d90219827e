package org.qconsole.template.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.I18NProvider;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.qconsole.answer.AnswerKind;
import org.qconsole.answer.AnswerKinds;
import org.qconsole.answer.ui.SettingsFields;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Condition;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.RichText;

/**
 * The part of a grid or table answer a {@link ConditionRule} reads: a grid's row and column ("in the row for
 * cattle, Extent ..."), or a table's column ("any row where Type ..."). With no row (grid) or column (table)
 * chosen the rule reads the whole answer. Ids: {@code prefix-row-i}, {@code prefix-column-i}. Only columns
 * the rules can test are offered ({@link RuleTests#ofColumn}).
 */
final class CellPicker {

    private final String wholeAnswer = I18NProvider.translate("template.cell.whole");
    private final Select<String> row = new Select<>();
    private final Select<String> column = new Select<>();
    private AnswerKind kind;

    CellPicker(Runnable onChange) {
        row.setLabel(I18NProvider.translate("template.cell.row"));
        row.setEmptySelectionAllowed(true);
        row.setEmptySelectionCaption(wholeAnswer);
        row.setWidth("12em");
        column.setWidth("12em");
        SettingsFields.onUserEdit(row, r -> {
            if (r != null && column.getValue() == null) {
                testedColumns().stream().findFirst().ifPresent(c -> column.setValue(c.key()));
            }
            showColumn();
            onChange.run();
        });
        SettingsFields.onUserEdit(column, c -> onChange.run());
        questionChosen(null);
    }

    List<Component> fields() {
        return List.of(row, column);
    }

    void setIds(String idPrefix, int index) {
        row.setId(idPrefix + "-row-" + index);
        column.setId(idPrefix + "-column-" + index);
    }

    /** Offers the rows and columns of the question's answer; nothing for a question without cells. */
    void questionChosen(AnswerSpec answer) {
        kind = answer == null ? null : AnswerKinds.of(answer);
        List<AnswerSpec.Row> rows = kind == null ? List.of() : kind.rows();
        row.setItems(rows.stream().map(AnswerSpec.Row::key).toList());
        row.setItemLabelGenerator(key -> rows.stream().filter(r -> r.key().equals(key)).findFirst()
                .map(r -> plain(r.label(), key)).orElse(wholeAnswer));
        row.setVisible(!rows.isEmpty());
        row.clear();
        List<AnswerSpec.Column> columns = testedColumns();
        column.setLabel(I18NProvider.translate(isTable() ? "template.cell.anyrow" : "template.cell.column"));
        column.setEmptySelectionAllowed(isTable());
        column.setEmptySelectionCaption(wholeAnswer);
        column.setItems(columns.stream().map(AnswerSpec.Column::key).toList());
        column.setItemLabelGenerator(key -> columns.stream().filter(c -> c.key().equals(key)).findFirst()
                .map(c -> plain(c.label(), key)).orElse(wholeAnswer));
        column.clear();
        showColumn();
    }

    /** The column whose cell the rule tests; empty when it reads the whole answer. */
    Optional<AnswerSpec.Column> column() {
        if (kind == null || (!isTable() && row.getValue() == null) || column.getValue() == null) {
            return Optional.empty();
        }
        return kind.columns().stream().filter(c -> c.key().equals(column.getValue())).findFirst();
    }

    /** The condition on the chosen cell (grid) or column (table); call only when {@link #column()} is present. */
    Condition condition(String question, List<JsonNode> values, Condition.Operator operator, BigDecimal value) {
        return isTable() ? new Condition.AnyRow(question, column.getValue(), values, operator, value)
                : new Condition.GridCell(question, row.getValue(), column.getValue(), values, operator, value);
    }

    /** Shows the row and column of a condition that {@link RuleTests#cannotShow} can show. */
    void show(Condition.CellTest cell) {
        if (cell instanceof Condition.GridCell grid) {
            row.setValue(grid.row());
        }
        column.setValue(cell.column());
        showColumn();
    }

    private boolean isTable() {
        return kind != null && kind.addsRows();
    }

    private List<AnswerSpec.Column> testedColumns() {
        return kind == null || (kind.rows().isEmpty() && !isTable()) ? List.of()
                : kind.columns().stream().filter(c -> !RuleTests.ofColumn(c).isEmpty()).toList();
    }

    private void showColumn() {
        column.setVisible(isTable() || (kind != null && !kind.rows().isEmpty() && row.getValue() != null));
    }

    private static String plain(LocalizedText label, String key) {
        String text = label == null ? "" : RichText.toPlainText(label.english());
        return text.isBlank() ? key : text;
    }
}
