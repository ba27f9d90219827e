package org.qconsole.answer.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.HasValidator;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.qconsole.template.AnswerText;
import org.qconsole.template.model.AnswerSpec;
import org.qconsole.template.model.Language;
import org.qconsole.template.model.LocalizedText;

/**
 * The input of each answer kind (docs/template-format.md, "Answer specs"), reading and writing the
 * stored JSON answer value. An empty input has the value {@code null}.
 */
final class AnswerFields {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private AnswerFields() {
    }

    /** The input of one answer, as the form needs it. */
    interface AnswerField {
        Component component();

        /** The answer as stored, {@code null} when nothing is entered. */
        JsonNode value();

        /** Shows a stored answer; {@code null} (or a value this input cannot show) empties it. */
        void setValue(JsonNode value);

        void setReadOnly(boolean readOnly);

        /** Why what the user typed cannot be read (and so must not replace the answer), if it cannot. */
        default Optional<String> unreadable() {
            return Optional.empty();
        }
    }

    /**
     * The input for a question's answer, with the id {@code id} on the input itself (on the check boxes of a
     * multiple choice, on the box holding the cells of a grid or a table).
     */
    static AnswerField create(String id, AnswerSpec spec, Language language, Runnable onChange) {
        AnswerField field;
        if (spec instanceof AnswerSpec.YesNo) {
            field = yesNo(language, onChange);
        } else if (spec instanceof AnswerSpec.SingleChoice s) {
            field = singleChoice(s, language, onChange);
        } else if (spec instanceof AnswerSpec.MultipleChoice m) {
            field = new MultipleChoiceField(id, m, language, onChange);
        } else if (spec instanceof AnswerSpec.ShortText s) {
            int maxLength = s.maxLength() == null ? AnswerSpec.ShortText.DEFAULT_MAX_LENGTH : s.maxLength();
            field = shortText(maxLength, onChange);
        } else if (spec instanceof AnswerSpec.LongText l) {
            int maxLength = l.maxLength() == null ? AnswerSpec.LongText.DEFAULT_MAX_LENGTH : l.maxLength();
            field = longText(maxLength, onChange);
        } else if (spec instanceof AnswerSpec.NumberAnswer n) {
            field = number(n, language, onChange);
        } else if (spec instanceof AnswerSpec.DateAnswer d) {
            field = date(d, onChange);
        } else if (spec instanceof AnswerSpec.Grid g) {
            field = new GridField(id, g, language, onChange);
        } else {
            field = new TableField(id, (AnswerSpec.Table) spec, language, onChange);
        }
        if (field instanceof ValueField<?, ?>) {
            field.component().setId(id);
        }
        return field;
    }

    /** The localized "Yes" ({@code yes} true) or "No". */
    static String label(Language language, boolean yes) {
        return AnswerText.yesNo(language, yes);
    }

    private static AnswerField yesNo(Language language, Runnable onChange) {
        RadioButtonGroup<String> group = new RadioButtonGroup<>();
        group.setItems("yes", "no");
        group.setItemLabelGenerator(value -> label(language, "yes".equals(value)));
        return new ValueField<>(group, JSON::textNode, oneOf(List.of("yes", "no")), onChange);
    }

    private static AnswerField singleChoice(AnswerSpec.SingleChoice spec, Language language, Runnable onChange) {
        List<String> values = values(spec.options());
        Map<String, String> labels = labels(spec.options(), language);
        if (spec.display() == AnswerSpec.Display.DROPDOWN) {
            return new ValueField<>(select(values, labels), JSON::textNode, oneOf(values), onChange);
        }
        RadioButtonGroup<String> group = new RadioButtonGroup<>();
        group.setItems(values);
        group.setItemLabelGenerator(labels::get);
        return new ValueField<>(group, JSON::textNode, oneOf(values), onChange);
    }

    private static AnswerField shortText(int maxLength, Runnable onChange) {
        TextField field = new TextField();
        field.setMaxLength(maxLength);
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setWidthFull();
        return new ValueField<>(field, AnswerFields::text, JsonNode::asText, onChange);
    }

    private static AnswerField longText(int maxLength, Runnable onChange) {
        TextArea area = new TextArea();
        area.setMaxLength(maxLength);
        area.setValueChangeMode(ValueChangeMode.LAZY);
        area.setWidthFull();
        area.setMinHeight("8em");
        area.setHelperText(counter(0, maxLength));
        area.addValueChangeListener(e -> area.setHelperText(counter(e.getValue().length(), maxLength)));
        return new ValueField<>(area, AnswerFields::text, JsonNode::asText, onChange);
    }

    private static String counter(int length, int maxLength) {
        return length + " / " + maxLength;
    }

    private static AnswerField number(AnswerSpec.NumberAnswer spec, Language language, Runnable onChange) {
        Span unit = spec.unit() == null || spec.unit().isEmpty() ? null : new Span(spec.unit().in(language));
        if (spec.integer()) {
            IntegerField field = new IntegerField();
            if (spec.min() != null) {
                field.setMin(spec.min().intValue());
            }
            if (spec.max() != null) {
                field.setMax(spec.max().intValue());
            }
            field.setSuffixComponent(unit);
            return new ValueField<>(field, JSON::numberNode, j -> j.canConvertToInt() ? j.intValue() : null, onChange);
        }
        NumberField field = new NumberField();
        if (spec.min() != null) {
            field.setMin(spec.min().doubleValue());
        }
        if (spec.max() != null) {
            field.setMax(spec.max().doubleValue());
        }
        field.setSuffixComponent(unit);
        return new ValueField<>(field, AnswerFields::decimal, j -> j.isNumber() ? j.doubleValue() : null, onChange);
    }

    private static AnswerField date(AnswerSpec.DateAnswer spec, Runnable onChange) {
        DatePicker picker = new DatePicker();
        picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat(UnreadableInput.DATE_FORMAT));
        picker.setPlaceholder("YYYY-MM-DD");
        picker.setMin(spec.min());
        picker.setMax(spec.max());
        return new ValueField<>(picker, d -> JSON.textNode(d.toString()), AnswerFields::parseDate, onChange);
    }

    /** A cell of a grid or a table, by the column's type. */
    static AnswerField cell(AnswerSpec.Column column, Language language, Runnable onChange) {
        AnswerSpec.ColumnType type = column.type() == null ? AnswerSpec.ColumnType.TEXT : column.type();
        return switch (type) {
            case CHECKBOX -> new ValueField<>(new Checkbox(), b -> b ? JSON.booleanNode(true) : null,
                    j -> j.isBoolean() ? j.booleanValue() : null, onChange);
            case NUMBER -> new ValueField<>(new NumberField(), AnswerFields::decimal,
                    j -> j.isNumber() ? j.doubleValue() : null, onChange);
            case CHOICE -> new ValueField<>(select(values(column.options()), labels(column.options(), language)),
                    JSON::textNode, oneOf(values(column.options())), onChange);
            case TEXT -> shortText(AnswerSpec.ShortText.DEFAULT_MAX_LENGTH, onChange);
        };
    }

    static void describe(Component field, String label) {
        if (field instanceof HasAriaLabel labelled) {
            labelled.setAriaLabel(label);
        }
    }

    static String text(LocalizedText text, Language language) {
        return text == null ? "" : text.in(language);
    }

    private static Select<String> select(List<String> values, Map<String, String> labels) {
        Select<String> select = new Select<>();
        select.setItems(values);
        select.setItemLabelGenerator(value -> value == null ? "" : labels.getOrDefault(value, value));
        select.setEmptySelectionAllowed(true);
        return select;
    }

    private static List<String> values(List<AnswerSpec.Option> options) {
        return options.stream().map(AnswerSpec.Option::value).toList();
    }

    private static Map<String, String> labels(List<AnswerSpec.Option> options, Language language) {
        Map<String, String> labels = new LinkedHashMap<>();
        options.forEach(o -> labels.put(o.value(), text(o.label(), language)));
        return labels;
    }

    private static Function<JsonNode, String> oneOf(List<String> values) {
        return json -> json.isValueNode() && values.contains(json.asText()) ? json.asText() : null;
    }

    private static JsonNode text(String value) {
        return value == null || value.isBlank() ? null : JSON.textNode(value);
    }

    /** A whole number as JSON reads it back (2020, not 2020.0), otherwise the shortest decimal. */
    private static JsonNode decimal(Double value) {
        BigDecimal decimal = BigDecimal.valueOf(value);
        if (decimal.stripTrailingZeros().scale() > 0) {
            return JSON.numberNode(decimal);
        }
        try {
            return JSON.numberNode(decimal.intValueExact());
        } catch (ArithmeticException notAnInt) {
            return JSON.numberNode(decimal.toBigInteger());
        }
    }

    private static LocalDate parseDate(JsonNode json) {
        try {
            return json.isTextual() ? LocalDate.parse(json.asText()) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Optional<String> firstUnreadable(Stream<AnswerField> cells) {
        return cells.map(AnswerField::unreadable).flatMap(Optional::stream).findFirst();
    }

    /** One Vaadin field, its value converted to and from JSON. */
    static final class ValueField<C extends Component & HasValue<?, V>, V> implements AnswerField {
        private final C field;
        private final Function<V, JsonNode> toJson;
        private final Function<JsonNode, V> fromJson;

        ValueField(C field, Function<V, JsonNode> toJson, Function<JsonNode, V> fromJson, Runnable onChange) {
            this.field = field;
            this.toJson = toJson;
            this.fromJson = fromJson;
            field.addValueChangeListener(e -> onChange.run());
            if (field instanceof HasValidator<?> validated) {
                // Input the field cannot read changes no value when the field was empty: only its validity.
                validated.addValidationStatusChangeListener(e -> onChange.run());
            }
        }

        @Override
        public Component component() {
            return field;
        }

        @Override
        public Optional<String> unreadable() {
            return UnreadableInput.of(field);
        }

        @Override
        public JsonNode value() {
            return field.isEmpty() ? null : toJson.apply(field.getValue());
        }

        @Override
        public void setValue(JsonNode json) {
            V value = json == null || json.isNull() || json.isMissingNode() ? null : fromJson.apply(json);
            field.setValue(value == null ? field.getEmptyValue() : value);
        }

        @Override
        public void setReadOnly(boolean readOnly) {
            field.setReadOnly(readOnly);
        }
    }

    /** Check boxes, and an "Other, please specify" box when the spec has {@code otherLabel}. */
    static final class MultipleChoiceField implements AnswerField {
        private final Div box = new Div();
        private final List<String> values;
        private final CheckboxGroup<String> group = new CheckboxGroup<>();
        private final TextField other;

        MultipleChoiceField(String id, AnswerSpec.MultipleChoice spec, Language language, Runnable onChange) {
            values = values(spec.options());
            Map<String, String> labels = labels(spec.options(), language);
            group.setItems(values);
            group.setItemLabelGenerator(labels::get);
            group.addValueChangeListener(e -> onChange.run());
            group.setId(id);
            box.add(group);
            if (spec.otherLabel() == null || spec.otherLabel().isEmpty()) {
                other = null;
            } else {
                other = new TextField(spec.otherLabel().in(language));
                other.setId(id + "-other");
                other.setMaxLength(AnswerSpec.ShortText.DEFAULT_MAX_LENGTH);
                other.setValueChangeMode(ValueChangeMode.LAZY);
                other.setWidthFull();
                other.addValueChangeListener(e -> onChange.run());
                box.add(other);
            }
        }

        @Override
        public Component component() {
            return box;
        }

        @Override
        public JsonNode value() {
            Set<String> selected = group.getValue();
            String otherText = other == null ? "" : other.getValue();
            if (selected.isEmpty() && otherText.isBlank()) {
                return null;
            }
            ObjectNode answer = JSON.objectNode();
            ArrayNode chosen = answer.putArray("selected");
            values.stream().filter(selected::contains).forEach(chosen::add);
            if (!otherText.isBlank()) {
                answer.put("other", otherText);
            }
            return answer;
        }

        @Override
        public void setValue(JsonNode json) {
            JsonNode answer = json == null ? JSON.missingNode() : json;
            List<String> selected = new ArrayList<>();
            answer.path("selected").forEach(v -> selected.add(v.asText()));
            group.setValue(selected.stream().filter(values::contains).collect(Collectors.toSet()));
            if (other != null) {
                other.setValue(answer.path("other").isTextual() ? answer.path("other").asText() : "");
            }
        }

        @Override
        public void setReadOnly(boolean readOnly) {
            group.setReadOnly(readOnly);
            if (other != null) {
                other.setReadOnly(readOnly);
            }
        }
    }

    /** Fixed rows by typed columns; the answer is {@code {"rowKey": {"columnKey": value}}}. */
    static final class GridField implements AnswerField {
        private final Div grid = new Div();
        private final Map<String, Map<String, AnswerField>> cells = new LinkedHashMap<>();

        GridField(String id, AnswerSpec.Grid spec, Language language, Runnable onChange) {
            grid.setId(id);
            grid.addClassName("answer-grid");
            grid.getStyle().set("display", "grid").set("gap", "var(--lumo-space-s)").set("align-items", "center")
                    .set("grid-template-columns", "auto repeat(" + Math.max(1, spec.columns().size())
                            + ", minmax(6em, 1fr))");
            grid.add(new Span());
            spec.columns().forEach(c -> grid.add(header(text(c.label(), language))));
            for (AnswerSpec.Row row : spec.rows()) {
                String rowLabel = text(row.label(), language);
                grid.add(new Span(rowLabel));
                Map<String, AnswerField> rowCells = new LinkedHashMap<>();
                for (AnswerSpec.Column column : spec.columns()) {
                    AnswerField cell = cell(column, language, onChange);
                    cell.component().setId(id + "-" + row.key() + "-" + column.key());
                    describe(cell.component(), rowLabel + " – " + text(column.label(), language));
                    rowCells.put(column.key(), cell);
                    grid.add(cell.component());
                }
                cells.put(row.key(), rowCells);
            }
        }

        private static Span header(String label) {
            Span header = new Span(label);
            header.getStyle().set("font-weight", "600");
            return header;
        }

        @Override
        public Component component() {
            return grid;
        }

        @Override
        public JsonNode value() {
            ObjectNode answer = JSON.objectNode();
            cells.forEach((rowKey, row) -> {
                ObjectNode values = JSON.objectNode();
                row.forEach((columnKey, cell) -> {
                    if (cell.value() != null) {
                        values.set(columnKey, cell.value());
                    }
                });
                if (!values.isEmpty()) {
                    answer.set(rowKey, values);
                }
            });
            return answer.isEmpty() ? null : answer;
        }

        @Override
        public Optional<String> unreadable() {
            return firstUnreadable(cells.values().stream().flatMap(row -> row.values().stream()));
        }

        @Override
        public void setValue(JsonNode json) {
            JsonNode answer = json == null ? JSON.missingNode() : json;
            cells.forEach((rowKey, row) -> row.forEach((columnKey, cell) ->
                    cell.setValue(answer.path(rowKey).path(columnKey))));
        }

        @Override
        public void setReadOnly(boolean readOnly) {
            cells.values().forEach(row -> row.values().forEach(cell -> cell.setReadOnly(readOnly)));
        }
    }

    /**
     * Rows the respondent adds and removes, between {@code minRows} and {@code maxRows}; the answer is
     * {@code [{"columnKey": value}, ...]}, rows with nothing entered left out.
     */
    static final class TableField implements AnswerField {
        private final String id;
        private final AnswerSpec.Table spec;
        private final Language language;
        private final Runnable onChange;
        private final Div box = new Div();
        private final Div rowBox = new Div();
        private final Button add = new Button("Add row");
        private final List<TableRow> rows = new ArrayList<>();
        private boolean readOnly;

        TableField(String id, AnswerSpec.Table spec, Language language, Runnable onChange) {
            this.id = id;
            this.spec = spec;
            this.language = language;
            this.onChange = onChange;
            box.setId(id);
            box.addClassName("answer-table");
            add.setId(id + "-add");
            add.addClickListener(e -> {
                addRow();
                onChange.run();
            });
            box.add(rowBox, add);
            String limits = limits(spec.minRows(), spec.maxRows());
            if (!limits.isEmpty()) {
                Span helper = new Span(limits);
                helper.addClassName("answer-table-limits");
                helper.getStyle().set("display", "block").set("color", "var(--lumo-secondary-text-color)")
                        .set("font-size", "var(--lumo-font-size-s)");
                box.add(helper);
            }
            startRows();
        }

        static String limits(Integer minRows, Integer maxRows) {
            int min = minRows == null ? 0 : minRows;
            if (min > 0 && maxRows != null) {
                return "Between " + min + " and " + maxRows + " rows.";
            }
            if (min > 0) {
                return "At least " + min + (min == 1 ? " row." : " rows.");
            }
            return maxRows == null ? "" : "At most " + maxRows + (maxRows == 1 ? " row." : " rows.");
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
            TableRow row = new TableRow();
            for (AnswerSpec.Column column : spec.columns()) {
                AnswerField cell = cell(column, language, onChange);
                if (cell.component() instanceof HasLabel labelled) {
                    labelled.setLabel(text(column.label(), language));
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
            private final Button remove = new Button("Remove");

            TableRow() {
                line.addClassName("answer-table-row");
                line.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "baseline")
                        .set("gap", "var(--lumo-space-s)");
            }
        }
    }
}
