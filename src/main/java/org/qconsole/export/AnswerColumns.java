package org.qconsole.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.qconsole.plugin.GuardedSectionType;
import org.qconsole.plugin.PluginUnavailable;
import org.qconsole.template.AnswerText;
import org.qconsole.template.RichText;
import org.qconsole.template.model.AnswerSpec;
import org.qconsole.template.model.Answers;
import org.qconsole.template.model.Item;
import org.qconsole.template.model.Language;
import org.qconsole.template.model.LocalizedText;
import org.qconsole.template.model.Question;
import org.qconsole.template.model.Section;
import org.qconsole.template.model.TemplateDefinition;

/**
 * The answer columns of a template version: one per question, one per sub-field of multiple choices
 * (each option, "Other"), grids (each cell) and tables (each cell of each row up to the maximum), and
 * the export columns of plugin sections. {@link #aligned} lines up several versions by column key.
 */
public final class AnswerColumns {

    /** Rows of a table without a maximum that are exported. */
    static final int TABLE_ROWS_WITHOUT_MAXIMUM = 10;

    private AnswerColumns() {
    }

    /** Finds a running plugin's section type; empty when unavailable. */
    @FunctionalInterface
    public interface PluginTypes {
        Optional<GuardedSectionType> find(String sectionTypeId);
    }

    public static List<AnswerColumn> of(TemplateDefinition version, PluginTypes plugins) {
        List<AnswerColumn> columns = new ArrayList<>();
        for (Section section : version.sections()) {
            if (section.plugin() != null) {
                columns.addAll(plugin(section, plugins));
            } else {
                section.items().forEach(item -> visit(item, columns));
            }
        }
        return columns;
    }

    /**
     * The columns of several versions lined up by key: in the order of the newest version, with columns
     * only older versions have placed after the column they followed there.
     *
     * @param newestFirst the versions, newest first
     * @return by column key: the newest definition of the column (number and header)
     */
    public static List<String> aligned(List<List<AnswerColumn>> newestFirst) {
        List<String> keys = new ArrayList<>();
        for (List<AnswerColumn> version : newestFirst) {
            String previous = null;
            for (AnswerColumn column : version) {
                if (!keys.contains(column.key())) {
                    keys.add(previous == null ? 0 : keys.indexOf(previous) + 1, column.key());
                }
                previous = column.key();
            }
        }
        return keys;
    }

    private static void visit(Item item, List<AnswerColumn> columns) {
        if (item instanceof Question q) {
            columns.addAll(question(q));
            q.items().forEach(child -> visit(child, columns));
        }
    }

    private static List<AnswerColumn> question(Question q) {
        String text = plain(q.text());
        AnswerSpec spec = q.answer();
        List<AnswerColumn> columns = new ArrayList<>();
        if (spec instanceof AnswerSpec.MultipleChoice m) {
            for (AnswerSpec.Option option : m.options()) {
                columns.add(column(q, q.key() + "." + option.value(), text + ": " + plain(option.label()),
                        a -> a != null && Answers.selectedValues(a).contains(option.value()) ? CellValue.text("Yes")
                                : CellValue.EMPTY));
            }
            if (m.otherLabel() != null && !m.otherLabel().isEmpty()) {
                columns.add(column(q, q.key() + ".other", text + ": " + plain(m.otherLabel()),
                        a -> a == null ? CellValue.EMPTY : CellValue.text(a.path("other").asText(""))));
            }
        } else if (spec instanceof AnswerSpec.Grid g) {
            for (AnswerSpec.Row row : g.rows()) {
                for (AnswerSpec.Column column : g.columns()) {
                    columns.add(column(q, q.key() + "." + row.key() + "." + column.key(), text + ": "
                            + plain(row.label()) + " / " + plain(column.label()),
                            a -> a == null ? CellValue.EMPTY : cell(column, a.path(row.key()).path(column.key()))));
                }
            }
        } else if (spec instanceof AnswerSpec.Table t) {
            columns.add(column(q, q.key() + ".rows", text + ": number of rows",
                    a -> a == null || !a.isArray() ? CellValue.EMPTY : new CellValue.Number(BigDecimal.valueOf(a.size()))));
            int rows = t.maxRows() == null ? TABLE_ROWS_WITHOUT_MAXIMUM : t.maxRows();
            for (int i = 1; i <= rows; i++) {
                int index = i - 1;
                for (AnswerSpec.Column column : t.columns()) {
                    columns.add(column(q, q.key() + "." + i + "." + column.key(), text + ": row " + i + " / "
                            + plain(column.label()), a -> a == null ? CellValue.EMPTY
                                    : cell(column, a.path(index).path(column.key()))));
                }
            }
        } else {
            columns.add(column(q, q.key(), text, a -> scalar(spec, a)));
        }
        return columns;
    }

    private static AnswerColumn column(Question q, String key, String header, Function<JsonNode, CellValue> cell) {
        return new AnswerColumn(key, q.number(), header, q.key(), cell);
    }

    private static CellValue scalar(AnswerSpec spec, JsonNode answer) {
        if (answer == null || answer.isNull()) {
            return CellValue.EMPTY;
        }
        if (spec instanceof AnswerSpec.NumberAnswer && answer.isNumber()) {
            return new CellValue.Number(answer.decimalValue());
        }
        return CellValue.text(AnswerText.of(spec, answer, Language.EN));
    }

    private static CellValue cell(AnswerSpec.Column column, JsonNode cell) {
        if (cell.isNumber()) {
            return new CellValue.Number(cell.decimalValue());
        }
        return cell.isMissingNode() ? CellValue.EMPTY : CellValue.text(AnswerText.cell(column, cell, Language.EN));
    }

    private static List<AnswerColumn> plugin(Section section, PluginTypes plugins) {
        String title = plain(section.title());
        Optional<GuardedSectionType> type = plugins.find(section.plugin().pluginId());
        JsonNode configuration = section.plugin().configuration();
        try {
            if (type.isPresent()) {
                return type.get().exportColumns(configuration).stream().map(c -> new AnswerColumn(
                        section.key() + "." + c.key(), section.number(), title + ": " + c.label(), section.key(),
                        a -> pluginCell(type.get(), configuration, a, c.key()))).toList();
            }
        } catch (PluginUnavailable e) {
            // falls through to the raw answer: nothing is left out of an export because a plugin failed
        }
        return List.of(new AnswerColumn(section.key(), section.number(), title + " (as stored)", section.key(),
                a -> a == null ? CellValue.EMPTY : CellValue.text(a.toString())));
    }

    private static CellValue pluginCell(GuardedSectionType type, JsonNode configuration, JsonNode answer, String key) {
        if (answer == null) {
            return CellValue.EMPTY;
        }
        try {
            return CellValue.text(type.exportCells(configuration, answer).getOrDefault(key, ""));
        } catch (PluginUnavailable e) {
            return CellValue.text(answer.toString());
        }
    }

    private static String plain(LocalizedText text) {
        return text == null ? "" : RichText.toPlainText(text.english());
    }

    /** For callers holding columns by key. */
    static Map<String, AnswerColumn> byKey(List<AnswerColumn> columns) {
        Map<String, AnswerColumn> byKey = new LinkedHashMap<>();
        columns.forEach(c -> byKey.putIfAbsent(c.key(), c));
        return byKey;
    }
}
