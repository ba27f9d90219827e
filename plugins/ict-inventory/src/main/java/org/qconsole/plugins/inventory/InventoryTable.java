package org.qconsole.plugins.inventory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
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
import org.qconsole.plugin.api.AbstractJsonInput;
import org.qconsole.plugin.api.SectionContext;

/**
 * One line per tool, added and removed by the respondent up to the configured maximum. Ids: {@code
 * <section key>-add}, and per row n {@code -name-n}, {@code -category-n}, {@code -purpose-n}, ...; read-only,
 * the add and remove buttons are hidden.
 */
final class InventoryTable extends AbstractJsonInput {

    private final int maxRows;
    private final Div box = new Div();
    private final Div rows = new Div();
    private final Button add = new Button();
    private final List<Row> lines = new ArrayList<>();

    InventoryTable(int maxRows, SectionContext context) {
        super(context);
        this.maxRows = maxRows;
        add.setId(context.id("add"));
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
        Row row = new Row();
        row.set(tool);
        lines.add(row);
        rows.add(row.layout);
        refresh();
    }

    private void remove(Row row) {
        lines.remove(row);
        rows.remove(row.layout);
        row.fields().forEach(this::forget);
        refresh();
        changed();
    }

    /** Numbers the rows by position (ids stay unique after a removal) and shows the controls that apply. */
    private void refresh() {
        add.setVisible(!isReadOnly());
        add.setEnabled(lines.size() < maxRows);
        add.setText(lines.size() < maxRows ? context().text(InventoryTexts.ADD)
                : context().text(InventoryTexts.AT_MOST) + " " + maxRows);
        for (int i = 0; i < lines.size(); i++) {
            lines.get(i).number(i + 1);
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
    protected void show(JsonNode value) {
        lines.forEach(line -> line.fields().forEach(this::forget));
        lines.clear();
        rows.removeAll();
        IctInventorySection.tools(value).stream().limit(maxRows).forEach(this::addRow);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        super.setReadOnly(readOnly);
        refresh();
    }

    /** The inputs of one tool. */
    private final class Row {
        private final HorizontalLayout layout = new HorizontalLayout();
        private final TextField name = field(null, new TextField(context().text(InventoryTexts.TOOL)));
        private final Select<String> category = field(null, new Select<>());
        private final TextField purpose = field(null, new TextField(context().text(InventoryTexts.PURPOSE)));
        private final Select<Integer> usefulness = field(null, new Select<>());
        private final Checkbox secure = field(null, new Checkbox(context().text(InventoryTexts.SECURE)));
        private final Button delete = new Button(context().text(InventoryTexts.REMOVE));

        Row() {
            layout.addClassName("ict-inventory-row");
            layout.setAlignItems(FlexComponent.Alignment.BASELINE);
            layout.setWidthFull();
            layout.getStyle().set("flex-wrap", "wrap");
            name.setMaxLength(200);
            name.setValueChangeMode(ValueChangeMode.LAZY);
            category.setLabel(context().text(InventoryTexts.CATEGORY));
            category.setItems(InventoryTexts.CATEGORIES.keySet());
            category.setItemLabelGenerator(key -> key == null ? "" : context().text(InventoryTexts.CATEGORIES.get(key)));
            category.setEmptySelectionAllowed(true);
            purpose.setMaxLength(1000);
            purpose.setValueChangeMode(ValueChangeMode.LAZY);
            usefulness.setLabel(context().text(InventoryTexts.USEFULNESS));
            usefulness.setItems(1, 2, 3, 4, 5);
            usefulness.setEmptySelectionAllowed(true);
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            delete.addClickListener(e -> remove(this));
            layout.add(name, category, purpose, usefulness, secure, delete);
            layout.setFlexGrow(1, name, purpose);
        }

        List<HasValue<?, ?>> fields() {
            return List.of(name, category, purpose, usefulness, secure);
        }

        void number(int n) {
            name.setId(context().id("name-" + n));
            category.setId(context().id("category-" + n));
            purpose.setId(context().id("purpose-" + n));
            usefulness.setId(context().id("usefulness-" + n));
            secure.setId(context().id("secure-" + n));
            delete.setId(context().id("remove-" + n));
            delete.setVisible(!isReadOnly());
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
    }
}
