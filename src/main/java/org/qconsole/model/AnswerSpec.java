package org.qconsole.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What kind of answer a question takes, with the settings of that kind. In JSON the {@code answer}
 * object of a question, e.g. {@code {"kind": "number", "integer": true, "min": 0}}. The parts settings are
 * made of (options, rows, columns) are in {@link AnswerSpecParts} and read as {@code AnswerSpec.Option}.
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
    @JsonSubTypes.Type(value = AnswerSpec.Documents.class, name = "documents"),
    @JsonSubTypes.Type(value = AnswerSpec.Links.class, name = "links"),
    @JsonSubTypes.Type(value = AnswerSpec.RepeatingGroup.class, name = "repeatingGroup")})
@JsonInclude(JsonInclude.Include.NON_NULL)
public sealed interface AnswerSpec extends AnswerSpecParts {

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

        R documents(Documents spec);

        R links(Links spec);

        R repeatingGroup(RepeatingGroup spec);

        /** A kind defined outside this list (see {@link Custom}). */
        R custom(Custom spec);
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
    record SingleChoice(List<Option> options, Display display,
            @JsonInclude(JsonInclude.Include.NON_NULL) String optionList) implements AnswerSpec, Choice {
        public SingleChoice {
            options = options == null ? List.of() : List.copyOf(options);
            display = display == null ? Display.RADIO : display;
        }

        public SingleChoice(List<Option> options, Display display) {
            this(options, display, null);
        }

        @Override
        public SingleChoice withOptions(List<Option> listed) {
            return new SingleChoice(listed, display, optionList);
        }
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.singleChoice(this);
        }
    }

    /** Options ({@code {"selected": ["a"], "other": "text"}}), "Other" with an {@code otherLabel}, a box {@code total}. */
    @KindLabel("Multiple choice")
    record MultipleChoice(List<Option> options, LocalizedText otherLabel,
            @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal total,
            @JsonInclude(JsonInclude.Include.NON_NULL) String optionList) implements AnswerSpec, Choice {
        public MultipleChoice {
            options = options == null ? List.of() : List.copyOf(options);
        }

        public MultipleChoice(List<Option> options, LocalizedText otherLabel) {
            this(options, otherLabel, null, null);
        }

        public MultipleChoice(List<Option> options, LocalizedText otherLabel, BigDecimal total) {
            this(options, otherLabel, total, null);
        }

        @Override
        public MultipleChoice withOptions(List<Option> listed) {
            return new MultipleChoice(listed, otherLabel, total, optionList);
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
     * {@code {"rowKey": {"columnKey": value}}}. With {@code rowTotals}, each row's number cells are summed at
     * its end.
     */
    @KindLabel("Grid")
    record Grid(List<Row> rows, List<Column> columns,
            @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean rowTotals) implements AnswerSpec {
        public Grid {
            rows = rows == null ? List.of() : List.copyOf(rows);
            columns = columns == null ? List.of() : List.copyOf(columns);
        }

        public Grid(List<Row> rows, List<Column> columns) {
            this(rows, columns, false);
        }

        /** The same grid with these columns (its rows and row totals kept). */
        public Grid withColumns(List<Column> newColumns) {
            return new Grid(rows, newColumns, rowTotals);
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

    /** Web addresses with a title ("the law on the official gazette's site"): at most {@code maxLinks}. */
    @KindLabel("Links")
    record Links(Integer maxLinks) implements AnswerSpec {
        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.links(this);
        }
    }

    /**
     * A block of questions the respondent fills once per thing reported ("for each project: its title, budget,
     * dates"), adding repetitions between {@code minItems} and {@code maxItems}, each headed by the
     * {@code itemLabel} and its number ("Project 2"). The answer is one object per repetition, by the
     * repeated questions' keys: {@code [{"title": "...", "budget": 1200}, ...]}. A repeated question's
     * conditions read the answers of the same repetition. A repeated question is written as an item is, with
     * {@code "type": "question"}.
     */
    @KindLabel("Repeating group")
    record RepeatingGroup(LocalizedText itemLabel, Integer minItems, Integer maxItems,
            List<Question> questions) implements AnswerSpec {
        public RepeatingGroup {
            itemLabel = itemLabel == null ? LocalizedText.EMPTY : itemLabel;
            questions = questions == null ? List.of() : List.copyOf(questions);
        }

        public RepeatingGroup withQuestions(List<Question> repeated) {
            return new RepeatingGroup(itemLabel, minItems, maxItems, repeated);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.repeatingGroup(this);
        }
    }
}
