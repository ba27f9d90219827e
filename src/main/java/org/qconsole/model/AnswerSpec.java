package org.qconsole.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What kind of answer a question takes, with the settings of that kind. In JSON the {@code answer}
 * object of a question, e.g. {@code {"kind": "number", "integer": true, "min": 0}}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "kind")
@JsonSubTypes({
    @JsonSubTypes.Type(value = AnswerSpec.YesNo.class, name = "yesNo"),
    @JsonSubTypes.Type(value = AnswerSpec.SingleChoice.class, name = "singleChoice"),
    @JsonSubTypes.Type(value = AnswerSpec.MultipleChoice.class, name = "multipleChoice"),
    @JsonSubTypes.Type(value = AnswerSpec.ShortText.class, name = "shortText"),
    @JsonSubTypes.Type(value = AnswerSpec.LongText.class, name = "longText"),
    @JsonSubTypes.Type(value = AnswerSpec.NumberAnswer.class, name = "number"),
    @JsonSubTypes.Type(value = AnswerSpec.DateAnswer.class, name = "date"),
    @JsonSubTypes.Type(value = AnswerSpec.Grid.class, name = "grid"),
    @JsonSubTypes.Type(value = AnswerSpec.Table.class, name = "table"),
    @JsonSubTypes.Type(value = AnswerSpec.Documents.class, name = "documents")})
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface AnswerSpec {

    /**
     * Calls the visitor's method for this kind. Every place that treats kinds differently does so through
     * a visitor (see {@code org.qconsole.answer.AnswerKinds}), so a kind added here and not handled there
     * does not compile.
     */
    <R> R accept(Visitor<R> visitor);

    /** One method per kind of answer. */
    interface Visitor<R> {
        R yesNo(YesNo spec);

        R singleChoice(SingleChoice spec);

        R multipleChoice(MultipleChoice spec);

        R shortText(ShortText spec);

        R longText(LongText spec);

        R number(NumberAnswer spec);

        R date(DateAnswer spec);

        R grid(Grid spec);

        R table(Table spec);
        /** A kind defined outside this list (see {@link Custom}). */
        R custom(Custom spec);
        R documents(Documents spec);
    }

    /**
     * A kind of answer defined outside this file: its behaviour comes from an
     * {@code org.qconsole.answer.AnswerKindProvider} found through {@link java.util.ServiceLoader}, its name
     * in JSON from the same provider. The console's own kinds are the records below.
     */
    non-sealed interface Custom extends AnswerSpec {
        @Override
        default <R> R accept(Visitor<R> visitor) {
            return visitor.custom(this);
        }
    }

    /** The kind's name as in JSON and in the designer. */
    default String kindName() {
        return getClass().getAnnotation(KindLabel.class) == null ? getClass().getSimpleName()
                : getClass().getAnnotation(KindLabel.class).value();
    }

    /** Yes or No; the answer is {@code "yes"} or {@code "no"}. */
    @KindLabel("Yes / No")
    record YesNo() implements AnswerSpec {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.yesNo(this);
        }
    }

    /** One option; shown as radio buttons or a dropdown. The answer is the option's value. */
    @KindLabel("Single choice")
    record SingleChoice(List<Option> options, Display display) implements AnswerSpec {
        public SingleChoice {
            options = options == null ? List.of() : List.copyOf(options);
            display = display == null ? Display.RADIO : display;
        }
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.singleChoice(this);
        }
    }

    /** Options ({@code {"selected": ["a"], "other": "text"}}), "Other" with an {@code otherLabel}, a box {@code total}. */
    @KindLabel("Multiple choice")
    record MultipleChoice(List<Option> options, LocalizedText otherLabel,
            @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal total) implements AnswerSpec {
        public MultipleChoice {
            options = options == null ? List.of() : List.copyOf(options);
        }

        public MultipleChoice(List<Option> options, LocalizedText otherLabel) {
            this(options, otherLabel, null);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.multipleChoice(this);
        }
    }

    /** One line of text, optionally in a {@code format} (an e-mail address, a web address, a pattern...). */
    @KindLabel("Short text")
    record ShortText(Integer maxLength, @JsonInclude(JsonInclude.Include.NON_NULL) TextFormat format)
            implements AnswerSpec {
        public static final int DEFAULT_MAX_LENGTH = 500;

        public ShortText(Integer maxLength) {
            this(maxLength, null);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.shortText(this);
        }
    }

    /** An elaboration of several paragraphs, up to {@code maxLength} characters. */
    @KindLabel("Long text")
    record LongText(Integer maxLength) implements AnswerSpec {
        public static final int DEFAULT_MAX_LENGTH = 20_000;

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.longText(this);
        }
    }

    /** A number, whole or decimal, between optional bounds, with an optional unit ("USD"), maybe {@code compareWith}. */
    @KindLabel("Number")
    record NumberAnswer(boolean integer, BigDecimal min, BigDecimal max, LocalizedText unit,
            @JsonInclude(JsonInclude.Include.NON_NULL) CompareWith compareWith) implements AnswerSpec {

        public NumberAnswer(boolean integer, BigDecimal min, BigDecimal max, LocalizedText unit) {
            this(integer, min, max, unit, null);
        }
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.number(this);
        }
    }

    /** A date (ISO 8601 in the answer), between optional bounds. */
    @KindLabel("Date")
    record DateAnswer(LocalDate min, LocalDate max) implements AnswerSpec {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.date(this);
        }
    }

    /**
     * Fixed rows by typed columns, e.g. years by values. The answer is
     * {@code {"rowKey": {"columnKey": value}}}.
     */
    @KindLabel("Grid")
    record Grid(List<Row> rows, List<Column> columns) implements AnswerSpec {
        public Grid {
            rows = rows == null ? List.of() : List.copyOf(rows);
            columns = columns == null ? List.of() : List.copyOf(columns);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.grid(this);
        }
    }

    /**
     * Rows the respondent adds (e.g. a list of authorities), between {@code minRows} and
     * {@code maxRows}. The answer is {@code [{"columnKey": value}, ...]}.
     */
    @KindLabel("Table")
    record Table(List<Column> columns, Integer minRows, Integer maxRows) implements AnswerSpec {
        public Table {
            columns = columns == null ? List.of() : List.copyOf(columns);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.table(this);
        }
    }

    /** Uploaded files: at most {@code maxFiles}, each described unless {@code descriptions} is false. */
    @KindLabel("Documents")
    record Documents(Integer maxFiles, Boolean descriptions) implements AnswerSpec {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.documents(this);
        }
    }

    /**
     * A choice the respondent can make; {@code value} is what is stored and exported. An {@code exclusive}
     * option of a multiple choice ("None", "Not applicable") is chosen alone: it clears and blocks the
     * others. An option of a single or multiple choice may have a box to {@code specify} in words when it is
     * chosen ("Yes, to some extent (please specify)"). Each is written to JSON only when set, so templates
     * without them read and write as before.
     */
    record Option(String value, LocalizedText label,
            @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean exclusive,
            @JsonInclude(JsonInclude.Include.NON_NULL) Specify specify) {

        public Option(String value, LocalizedText label) {
            this(value, label, false, null);
        }

        public Option(String value, LocalizedText label, boolean exclusive) {
            this(value, label, exclusive, null);
        }

        /** This option, chosen alone or not. */
        public Option withExclusive(boolean chosenAlone) {
            return new Option(value, label, chosenAlone, specify);
        }

        /** This option with this box, or none ({@code null}). */
        public Option withSpecify(Specify box) {
            return new Option(value, label, exclusive, box);
        }
    }

    /**
     * The box beside an option, filled when the option is chosen; {@code label} is what the box asks (none:
     * "Please specify"); a {@code required} box must be filled for the question to be answered. A box takes
     * words, or a {@code number} with these settings ("a percentage against each option").
     */
    record Specify(@JsonInclude(JsonInclude.Include.NON_NULL) LocalizedText label,
            @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean required,
            @JsonInclude(JsonInclude.Include.NON_NULL) NumberBox number) {

        public Specify(LocalizedText label, boolean required) {
            this(label, required, null);
        }

        /** What a box asks when its settings name nothing. */
        public static final LocalizedText DEFAULT_LABEL = LocalizedText.en("Please specify");

        /** The label shown: the box's own, or "Please specify". */
        public LocalizedText shownLabel() {
            return label == null || label.isEmpty() ? DEFAULT_LABEL : label;
        }

        /** This box, required or not. */
        public Specify withRequired(boolean filled) {
            return new Specify(label, filled, number);
        }
    }

    /** The settings of a box that takes a number: whole or decimal, optional bounds and unit. */
    record NumberBox(@JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean integer,
            @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal min,
            @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal max,
            @JsonInclude(JsonInclude.Include.NON_NULL) LocalizedText unit) {

        /** The same settings as a number question has them, so a box checks and reads like one. */
        public NumberAnswer asAnswer() {
            return new NumberAnswer(integer, min, max, unit);
        }
    }

    /** A fixed row of a grid. */
    record Row(String key, LocalizedText label) {
    }

    /** A typed column of a grid or table; choice columns have options. */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record Column(String key, LocalizedText label, ColumnType type, List<Option> options) {
        public Column {
            options = options == null ? List.of() : List.copyOf(options);
        }
    }

    enum ColumnType {
        @JsonProperty("checkbox") CHECKBOX, @JsonProperty("text") TEXT, @JsonProperty("number") NUMBER,
        @JsonProperty("choice") CHOICE
    }

    enum Display {
        @JsonProperty("radio") RADIO, @JsonProperty("dropdown") DROPDOWN
    }
}
