package org.qconsole.plugins.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import org.qconsole.plugin.api.JsonInput;

/** One line per tool, added and removed by the respondent up to the configured maximum. */
final class InventoryTable implements JsonInput {

    private final int maxRows;
    private final Div box = new Div();
    private final Div rows = new Div();
    private final Button add = new Button("Add a tool");
    private final List<Row> lines = new ArrayList<>();
    private final List<Runnable> listeners = new ArrayList<>();
    private boolean readOnly;
    private boolean setting;

    InventoryTable(int maxRows) {
        this.maxRows = maxRows;
        add.setId("ict-inventory-add");
        add.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add.addClickListener(e -> {
            addRow(null);
            changed();
        });
        box.addClassName("ict-inventory");
        box.add(rows, add);
        refresh();
    }

    private void addRow(JsonNode tool) {
        Row row = new Row(lines.size() + 1);
        row.set(tool);
        lines.add(row);
        rows.add(row.layout);
        refresh();
    }

    private void remove(Row row) {
        lines.remove(row);
        rows.remove(row.layout);
        refresh();
        changed();
    }

    private void refresh() {
        add.setEnabled(!readOnly && lines.size() < maxRows);
        add.setText(lines.size() < maxRows ? "Add a tool" : "At most " + maxRows + " tools");
        lines.forEach(line -> line.setReadOnly(readOnly));
    }

    private void changed() {
        if (!setting) {
            listeners.forEach(Runnable::run);
        }
    }

    @Override
    public Component component() {
        return box;
    }

    @Override
    public JsonNode value() {
        ArrayNode tools = IctInventorySection.JSON.arrayNode();
        lines.stream().map(Row::value).filter(tool -> !tool.isEmpty()).forEach(tools::add);
        if (tools.isEmpty()) {
            return null;
        }
        ObjectNode answer = IctInventorySection.JSON.objectNode();
        answer.set("tools", tools);
        return answer;
    }

    @Override
    public void setValue(JsonNode value) {
        setting = true;
        try {
            lines.clear();
            rows.removeAll();
            IctInventorySection.tools(value).stream().limit(maxRows).forEach(this::addRow);
        } finally {
            setting = false;
        }
        refresh();
    }

    @Override
    public void addChangeListener(Runnable listener) {
        listeners.add(listener);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        refresh();
    }

    /** The inputs of one tool. */
    private final class Row {
        private final HorizontalLayout layout = new HorizontalLayout();
        private final TextField name = new TextField("Tool");
        private final Select<String> category = new Select<>();
        private final TextField purpose = new TextField("Purpose");
        private final Select<Integer> usefulness = new Select<>();
        private final Checkbox secure = new Checkbox("Secure");
        private final Button delete = new Button("Remove");

        Row(int number) {
            layout.addClassName("ict-inventory-row");
            layout.setAlignItems(FlexComponent.Alignment.BASELINE);
            layout.setWidthFull();
            layout.getStyle().set("flex-wrap", "wrap");
            name.setId("ict-inventory-name-" + number);
            name.setMaxLength(200);
            name.setValueChangeMode(ValueChangeMode.LAZY);
            category.setLabel("Category");
            category.setId("ict-inventory-category-" + number);
            category.setItems(IctInventorySection.CATEGORIES.keySet());
            category.setItemLabelGenerator(key -> key == null ? "" : IctInventorySection.CATEGORIES.get(key));
            category.setEmptySelectionAllowed(true);
            purpose.setMaxLength(1000);
            purpose.setValueChangeMode(ValueChangeMode.LAZY);
            usefulness.setLabel("Usefulness (1-5)");
            usefulness.setItems(1, 2, 3, 4, 5);
            usefulness.setEmptySelectionAllowed(true);
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            delete.addClickListener(e -> remove(this));
            name.addValueChangeListener(e -> changed());
            category.addValueChangeListener(e -> changed());
            purpose.addValueChangeListener(e -> changed());
            usefulness.addValueChangeListener(e -> changed());
            secure.addValueChangeListener(e -> changed());
            layout.add(name, category, purpose, usefulness, secure, delete);
            layout.setFlexGrow(1, name, purpose);
        }

        void set(JsonNode tool) {
            if (tool == null) {
                return;
            }
            name.setValue(tool.path("name").asText(""));
            String key = tool.path("category").asText("");
            category.setValue(IctInventorySection.CATEGORIES.containsKey(key) ? key : null);
            purpose.setValue(tool.path("purpose").asText(""));
            int rating = tool.path("usefulness").asInt(0);
            usefulness.setValue(rating >= 1 && rating <= 5 ? rating : null);
            secure.setValue(tool.path("secure").asBoolean(false));
        }

        ObjectNode value() {
            ObjectNode tool = IctInventorySection.JSON.objectNode();
            if (!name.getValue().isBlank()) {
                tool.put("name", name.getValue().trim());
            }
            if (category.getValue() != null) {
                tool.put("category", category.getValue());
            }
            if (!purpose.getValue().isBlank()) {
                tool.put("purpose", purpose.getValue().trim());
            }
            if (usefulness.getValue() != null) {
                tool.put("usefulness", usefulness.getValue());
            }
            if (!tool.isEmpty()) {
                tool.put("secure", secure.getValue());
            }
            return tool;
        }

        void setReadOnly(boolean readOnly) {
            name.setReadOnly(readOnly);
            category.setReadOnly(readOnly);
            purpose.setReadOnly(readOnly);
            usefulness.setReadOnly(readOnly);
            secure.setReadOnly(readOnly);
            delete.setVisible(!readOnly);
        }
    }
}
