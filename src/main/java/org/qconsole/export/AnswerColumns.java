package org.qconsole.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qconsole.answer.AnswerKinds;
import org.qconsole.answer.CellValue;
import org.qconsole.plugin.GuardedSectionType;
import org.qconsole.plugin.PluginUnavailable;
import org.qconsole.model.RichText;
import org.qconsole.model.Item;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.Question;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;

/**
 * The answer columns of a template version: one per question, one per sub-field of multiple choices
 * (each option, "Other"), grids (each cell) and tables (each cell of each row up to the maximum), and
 * the export columns of plugin sections. {@link #aligned} lines up several versions by column key.
 */
public final class AnswerColumns {

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
        return AnswerKinds.of(q.answer()).exportColumns().stream().map(c -> new AnswerColumn(
                c.keySuffix().isEmpty() ? q.key() : q.key() + "." + c.keySuffix(), q.number(),
                c.header().isEmpty() ? text : text + ": " + c.header(), q.key(), c.cell())).toList();
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
