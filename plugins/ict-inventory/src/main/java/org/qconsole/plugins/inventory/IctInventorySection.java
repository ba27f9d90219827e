package org.qconsole.plugins.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pf4j.Extension;
import org.qconsole.plugin.api.AbstractJsonInput;
import org.qconsole.plugin.api.Completion;
import org.qconsole.plugin.api.ExportColumn;
import org.qconsole.plugin.api.JsonInput;
import org.qconsole.plugin.api.Problem;
import org.qconsole.plugin.api.SectionContext;
import org.qconsole.plugin.api.SectionType;

/**
 * An inventory of the ICT tools a State uses for international cooperation: per tool its name, category
 * (the ICT types of the 2023 questionnaire), purpose, usefulness from 1 to 5 and whether it is secure.
 * Configuration: {@code {"minRows": 1, "maxRows": 10}}. Answer: {@code {"tools": [{"name": "...",
 * "category": "case_management", "purpose": "...", "usefulness": 4, "secure": true}]}}.
 */
@Extension
public class IctInventorySection implements SectionType {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    static final int LIMIT = 50;
    /** The categories by key, in English (messages and exports are English). */
    static final Map<String, String> CATEGORIES = english();

    @Override
    public String id() {
        return "ict-inventory";
    }

    @Override
    public Map<String, String> displayNames() {
        return InventoryTexts.NAME.byLanguage();
    }

    @Override
    public JsonNode defaultConfiguration() {
        return JSON.objectNode().put("minRows", 1).put("maxRows", 10);
    }

    @Override
    public List<Problem> checkConfiguration(JsonNode configuration) {
        List<Problem> problems = new ArrayList<>();
        int min = configuration == null ? -1 : configuration.path("minRows").asInt(-1);
        int max = configuration == null ? -1 : configuration.path("maxRows").asInt(-1);
        if (min < 0 || min > LIMIT) {
            problems.add(new Problem("minRows", "The minimum of tools must be between 0 and " + LIMIT + "."));
        }
        if (max < 1 || max > LIMIT) {
            problems.add(new Problem("maxRows", "The maximum of tools must be between 1 and " + LIMIT + "."));
        }
        if (problems.isEmpty() && min > max) {
            problems.add(new Problem("maxRows", "The maximum of tools cannot be below the minimum."));
        }
        return problems;
    }

    @Override
    public JsonInput configurationEditor(JsonNode configuration, SectionContext context) {
        return new RowLimitsEditor(configuration, context);
    }

    @Override
    public JsonInput fillIn(JsonNode configuration, SectionContext context) {
        return new InventoryTable(maxRows(configuration), context);
    }

    @Override
    public List<Problem> validate(JsonNode configuration, JsonNode answer) {
        List<Problem> problems = new ArrayList<>();
        if (answer == null || answer.isNull()) {
            return problems;
        }
        if (!answer.path("tools").isArray()) {
            problems.add(new Problem("", "The inventory cannot be read."));
            return problems;
        }
        int max = maxRows(configuration);
        if (answer.get("tools").size() > max) {
            problems.add(new Problem("tools", "List at most " + max + " tools."));
        }
        int row = 1;
        for (JsonNode tool : answer.get("tools")) {
            String field = "tools[" + row + "]";
            String category = tool.path("category").asText("");
            if (!category.isEmpty() && !CATEGORIES.containsKey(category)) {
                problems.add(new Problem(field + ".category", "Tool " + row + ": choose one of the categories."));
            }
            if (tool.has("usefulness") && !tool.get("usefulness").isNull()
                    && (!tool.get("usefulness").canConvertToInt() || tool.get("usefulness").asInt() < 1
                    || tool.get("usefulness").asInt() > 5)) {
                problems.add(new Problem(field + ".usefulness", "Tool " + row + ": rate usefulness from 1 to 5."));
            }
            if (tool.path("name").asText("").length() > 200 || tool.path("purpose").asText("").length() > 1000) {
                problems.add(new Problem(field, "Tool " + row + ": the name or purpose is too long."));
            }
            row++;
        }
        return problems;
    }

    @Override
    public Completion completion(JsonNode configuration, JsonNode answer) {
        int min = Math.max(1, configuration == null ? 1 : configuration.path("minRows").asInt(1));
        long complete = 0;
        for (JsonNode tool : tools(answer)) {
            if (!tool.path("name").asText("").isBlank() && !tool.path("category").asText("").isBlank()) {
                complete++;
            }
        }
        return new Completion((int) Math.min(complete, min), min);
    }

    @Override
    public List<ExportColumn> exportColumns(JsonNode configuration) {
        List<ExportColumn> columns = new ArrayList<>();
        columns.add(new ExportColumn("count", "Number of tools"));
        for (int i = 1; i <= maxRows(configuration); i++) {
            columns.add(new ExportColumn("tool" + i + ".name", "Tool " + i + ": name"));
            columns.add(new ExportColumn("tool" + i + ".category", "Tool " + i + ": category"));
            columns.add(new ExportColumn("tool" + i + ".purpose", "Tool " + i + ": purpose"));
            columns.add(new ExportColumn("tool" + i + ".usefulness", "Tool " + i + ": usefulness (1-5)"));
            columns.add(new ExportColumn("tool" + i + ".secure", "Tool " + i + ": secure"));
        }
        return columns;
    }

    @Override
    public Map<String, String> exportCells(JsonNode configuration, JsonNode answer) {
        Map<String, String> cells = new LinkedHashMap<>();
        List<JsonNode> tools = tools(answer);
        cells.put("count", String.valueOf(tools.size()));
        for (int i = 1; i <= tools.size(); i++) {
            JsonNode tool = tools.get(i - 1);
            cells.put("tool" + i + ".name", tool.path("name").asText(""));
            cells.put("tool" + i + ".category", CATEGORIES.getOrDefault(tool.path("category").asText(""), ""));
            cells.put("tool" + i + ".purpose", tool.path("purpose").asText(""));
            cells.put("tool" + i + ".usefulness", tool.path("usefulness").isInt() ? tool.get("usefulness").asText() : "");
            cells.put("tool" + i + ".secure", tool.path("secure").isBoolean()
                    ? (tool.get("secure").asBoolean() ? "Yes" : "No") : "");
        }
        return cells;
    }

    static int maxRows(JsonNode configuration) {
        int max = configuration == null ? 10 : configuration.path("maxRows").asInt(10);
        return Math.max(1, Math.min(LIMIT, max));
    }

    static List<JsonNode> tools(JsonNode answer) {
        List<JsonNode> tools = new ArrayList<>();
        if (answer != null) {
            answer.path("tools").forEach(tools::add);
        }
        return tools;
    }

    private static Map<String, String> english() {
        Map<String, String> english = new LinkedHashMap<>();
        InventoryTexts.CATEGORIES.forEach((key, text) -> english.put(key, text.en()));
        return english;
    }

    /** The designer's minimum and maximum number of tools (ids {@code <section key>-min-tools}, {@code -max-tools}). */
    private static final class RowLimitsEditor extends AbstractJsonInput {
        private final HorizontalLayout layout = new HorizontalLayout();
        private final IntegerField min;
        private final IntegerField max;

        RowLimitsEditor(JsonNode configuration, SectionContext context) {
            super(context);
            min = field("min-tools", new IntegerField(context.text(InventoryTexts.MIN)));
            max = field("max-tools", new IntegerField(context.text(InventoryTexts.MAX)));
            setValue(configuration);
            layout.add(min, max);
        }

        @Override
        public Component component() {
            return layout;
        }

        @Override
        public JsonNode value() {
            ObjectNode configuration = JSON.objectNode();
            configuration.put("minRows", min.getValue() == null ? 0 : min.getValue());
            configuration.put("maxRows", max.getValue() == null ? 0 : max.getValue());
            return configuration;
        }

        @Override
        protected void show(JsonNode value) {
            min.setValue(value == null ? 1 : value.path("minRows").asInt(1));
            max.setValue(value == null ? 10 : value.path("maxRows").asInt(10));
        }
    }
}
