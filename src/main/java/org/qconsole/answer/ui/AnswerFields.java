package org.qconsole.answer.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.HasAriaLabel;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.qconsole.answer.Words;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;

/**
 * The input of each answer kind (docs/template-format.md, "Answer specs"), reading and writing the
 * stored JSON answer value. An empty input has the value {@code null}.
 */
public final class AnswerFields {

    static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private AnswerFields() {
    }


    /**
     * The input for a question's answer, with the id {@code id} on the input itself (on the check boxes of a
     * multiple choice, on the box holding the cells of a grid or a table).
     */
    public static AnswerField create(String id, AnswerSpec spec, Language language, Runnable onChange) {
        AnswerField field = spec.accept(new Inputs(id, language, onChange));
        if (field instanceof ValueField<?, ?>) {
            field.component().setId(id);
        }
        return field;
    }

    /** The input of each kind; a kind without one does not compile. */
    private record Inputs(String id, Language language, Runnable onChange) implements AnswerSpec.Visitor<AnswerField> {
        @Override
        public AnswerField yesNo(AnswerSpec.YesNo spec) {
            return AnswerFields.yesNo(language, onChange);
        }

        @Override
        public AnswerField singleChoice(AnswerSpec.SingleChoice spec) {
            return AnswerFields.singleChoice(id, spec, language, onChange);
        }

        @Override
        public AnswerField multipleChoice(AnswerSpec.MultipleChoice spec) {
            return new MultipleChoiceField(id, spec, language, onChange);
        }

        @Override
        public AnswerField shortText(AnswerSpec.ShortText spec) {
            return AnswerFields.shortText(spec.maxLength() == null ? AnswerSpec.ShortText.DEFAULT_MAX_LENGTH
                    : spec.maxLength(), onChange);
        }

        @Override
        public AnswerField longText(AnswerSpec.LongText spec) {
            int maxLength = spec.maxLength() == null ? AnswerSpec.LongText.DEFAULT_MAX_LENGTH : spec.maxLength();
            return new TranslatedTextField(id, AnswerFields.longText(maxLength, onChange), maxLength, language,
                    onChange);
        }

        @Override
        public AnswerField number(AnswerSpec.NumberAnswer spec) {
            return AnswerFields.number(spec, language, onChange);
        }

        @Override
        public AnswerField date(AnswerSpec.DateAnswer spec) {
            return AnswerFields.date(spec, onChange);
        }

        @Override
        public AnswerField grid(AnswerSpec.Grid spec) {
            return new GridField(id, spec, language, onChange);
        }

        @Override
        public AnswerField table(AnswerSpec.Table spec) {
            return new TableField(id, spec, language, onChange);
        }

        @Override
        public AnswerField documents(AnswerSpec.Documents spec) {
            return new DocumentsField(id, spec, language, onChange);
        }

        @Override
        public AnswerField links(AnswerSpec.Links spec) {
            return LinksField.create(id, spec, language, onChange);
        }

        @Override
        public AnswerField repeatingGroup(AnswerSpec.RepeatingGroup spec) {
            return new RepeatingGroupField(id, spec, language, onChange);
        }

        @Override
        public AnswerField custom(AnswerSpec.Custom spec) {
            return AnswerInputProviders.create(id, spec, language, onChange);
        }
    }

    private static AnswerField yesNo(Language language, Runnable onChange) {
        RadioButtonGroup<String> group = new RadioButtonGroup<>();
        group.setItems("yes", "no");
        group.setItemLabelGenerator(value -> Words.yesNo(language, "yes".equals(value)));
        return new ValueField<>(group, JSON::textNode, oneOf(List.of("yes", "no")), onChange);
    }

    /** Radio buttons or a dropdown; with the boxes of options that have one below them. */
    private static AnswerField singleChoice(String id, AnswerSpec.SingleChoice spec, Language language,
            Runnable onChange) {
        List<String> values = values(spec.options());
        Map<String, String> labels = labels(spec.options(), language);
        if (spec.display() == AnswerSpec.Display.DROPDOWN) {
            Select<String> select = select(values, labels);
            return OptionBoxFields.any(spec.options())
                    ? new SingleChoiceWithBoxes<>(id, select, spec, language, onChange)
                    : new ValueField<>(select, JSON::textNode, oneOf(values), onChange);
        }
        RadioButtonGroup<String> group = new RadioButtonGroup<>();
        group.setItems(values);
        group.setItemLabelGenerator(labels::get);
        return OptionBoxFields.any(spec.options())
                ? new SingleChoiceWithBoxes<>(id, group, spec, language, onChange)
                : new ValueField<>(group, JSON::textNode, oneOf(values), onChange);
    }

    static AnswerField shortText(int maxLength, Runnable onChange) {
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

    static AnswerField number(AnswerSpec.NumberAnswer spec, Language language, Runnable onChange) {
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

    /** A cell of a grid or a table, by the column's type; a required cell shows the required indicator. */
    static AnswerField cell(AnswerSpec.Column column, Language language, Runnable onChange) {
        AnswerField cell = typedCell(column, language, onChange);
        if (column.required() && cell.component() instanceof HasValue<?, ?> field) {
            field.setRequiredIndicatorVisible(true);
        }
        return cell;
    }

    private static AnswerField typedCell(AnswerSpec.Column column, Language language, Runnable onChange) {
        AnswerSpec.ColumnType type = column.type() == null ? AnswerSpec.ColumnType.TEXT : column.type();
        return switch (type) {
            case CHECKBOX -> new ValueField<>(new Checkbox(), b -> b ? JSON.booleanNode(true) : null,
                    j -> j.isBoolean() ? j.booleanValue() : null, onChange);
            case NUMBER -> column.number() != null ? number(column.number().asAnswer(), language, onChange)
                    : new ValueField<>(new NumberField(), AnswerFields::decimal,
                            j -> j.isNumber() ? j.doubleValue() : null, onChange);
            case CHOICE -> new ValueField<>(select(values(column.options()), labels(column.options(), language)),
                    JSON::textNode, oneOf(values(column.options())), onChange);
            case TEXT -> shortText(column.maxLength() == null ? AnswerSpec.ShortText.DEFAULT_MAX_LENGTH
                    : column.maxLength(), onChange);
            case DATE -> date(new AnswerSpec.DateAnswer(null, null), onChange);
            case YES_NO -> new ValueField<>(select(List.of("yes", "no"), Map.of("yes", Words.yesNo(language, true),
                    "no", Words.yesNo(language, false))), JSON::textNode, oneOf(List.of("yes", "no")), onChange);
        };
    }

    public static void describe(Component field, String label) {
        if (field instanceof HasAriaLabel labelled) {
            labelled.setAriaLabel(label);
        }
    }

    public static String text(LocalizedText text, Language language) {
        return text == null ? "" : text.in(language);
    }

    static Select<String> select(List<String> values, Map<String, String> labels) {
        Select<String> select = new Select<>();
        select.setItems(values);
        select.setItemLabelGenerator(value -> value == null ? "" : labels.getOrDefault(value, value));
        select.setEmptySelectionAllowed(true);
        return select;
    }

    static List<String> values(List<AnswerSpec.Option> options) {
        return options.stream().map(AnswerSpec.Option::value).toList();
    }

    static Map<String, String> labels(List<AnswerSpec.Option> options, Language language) {
        Map<String, String> labels = new LinkedHashMap<>();
        options.forEach(o -> labels.put(o.value(), text(o.label(), language)));
        return labels;
    }

    static Function<JsonNode, String> oneOf(List<String> values) {
        return json -> json.isValueNode() && values.contains(json.asText()) ? json.asText() : null;
    }

    static JsonNode text(String value) {
        return value == null || value.isBlank() ? null : JSON.textNode(value);
    }

    /** A whole number as JSON reads it back (2020, not 2020.0), otherwise the shortest decimal. */
    static JsonNode decimal(Double value) {
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

    static Optional<String> firstUnreadable(Stream<AnswerField> cells) {
        return cells.map(AnswerField::unreadable).flatMap(Optional::stream).findFirst();
    }
}
