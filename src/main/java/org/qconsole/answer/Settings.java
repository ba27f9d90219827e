package org.qconsole.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.LocalizedText;
import org.qconsole.common.Phrase;
import org.qconsole.common.Worded;

/** The limits of answer settings and the checks several kinds share (option lists, columns, lengths). */
public final class Settings {

    /** Keys of questions, rows and columns (and of sections, footnotes...). */
    public static final Pattern KEY = Pattern.compile("[a-z0-9_.-]{1,64}");
    /** The characters that separate values in the designer's one-line forms ({@code a=A, b=B : choice}). */
    public static final String OPTION_VALUE_SEPARATORS = "=,:";
    public static final int MAX_OPTION_VALUE_LENGTH = 64;
    public static final int MAX_TEXT_LENGTH = 100_000;
    public static final int MAX_SHORT_TEXT_LENGTH = 10_000;
    public static final int MAX_TABLE_ROWS = 1_000;
    /** Files a documents question may allow. */
    public static final int MAX_FILES = 200;
    /** Text in a cell of a grid or table and in "Other, please specify". */
    static final int CELL_TEXT_MAX = AnswerSpec.ShortText.DEFAULT_MAX_LENGTH;

    private Settings() {
    }

    /**
     * Why a short text's pattern cannot be used (too long, not a regular expression, too slow to check), as a
     * phrase after "The pattern"; empty when it can.
     */
    public static Optional<Phrase> patternProblem(String pattern) {
        return BoundedPattern.problem(pattern);
    }

    /**
     * Why an option's value cannot be used, as a phrase after the value; empty when it can. Values are kept as
     * the source writes them ("1+", "IN SOME SECTORS"): any printable characters, at most 64, without spaces at
     * either end (they would not survive a form) and without the designer's separators.
     */
    public static Optional<Phrase> optionValueProblem(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_OPTION_VALUE_LENGTH) {
            return Optional.of(new Phrase("answer.optionValue.length", String.valueOf(MAX_OPTION_VALUE_LENGTH)));
        }
        if (!value.strip().equals(value)) {
            return Optional.of(new Phrase("answer.optionValue.spaces"));
        }
        if (value.chars().anyMatch(c -> OPTION_VALUE_SEPARATORS.indexOf(c) >= 0)) {
            return Optional.of(new Phrase("answer.optionValue.separators"));
        }
        if (value.codePoints().anyMatch(Settings::unprintable)) {
            return Optional.of(new Phrase("answer.optionValue.unprintable"));
        }
        return Optional.empty();
    }

    private static boolean unprintable(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.CONTROL || type == Character.FORMAT || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || type == Character.UNASSIGNED
                || type == Character.SURROGATE || type == Character.PRIVATE_USE;
    }

    /**
     * The options of a version's shared list: at least one, values and labels as for a question's own;
     * whether boxes and options chosen alone fit is checked with each question that uses the list.
     */
    public static void optionList(List<AnswerSpec.Option> options, Consumer<Worded> problems) {
        options(options, 1, problems);
    }

    static void options(List<AnswerSpec.Option> options, int minimum, Consumer<Worded> problems) {
        if (options.size() < minimum) {
            problems.accept(new Phrase("answer.settings.fewOptions", minimum, String.valueOf(options.size())));
        }
        uniqueValues(new Phrase("answer.settings.anOption"), new Phrase("answer.settings.options"), options, problems);
        options.forEach(o -> label(new Phrase("answer.settings.theOption", o.value()), o.label(), problems));
        options.stream().filter(o -> o.specify() != null && o.specify().label() != null
                && !o.specify().label().isEmpty()).forEach(o -> label(new Phrase("answer.settings.theBox", o.value()),
                        o.specify().label(), problems));
        options.stream().filter(o -> o.specify() != null && o.specify().number() != null).forEach(o ->
                new NumberKind(o.specify().number().asAnswer()).checkSettings(problem ->
                        problems.accept(new Phrase("answer.settings.inBox", o.value(), problem))));
    }

    /** The options of a grid's or table's choice column have no boxes: a cell holds one value. */
    static void noBoxes(String column, List<AnswerSpec.Option> options, Consumer<Worded> problems) {
        options.stream().filter(o -> o.specify() != null).forEach(o -> problems.accept(inColumn(column,
                new Phrase("answer.settings.boxInColumn", o.value()))));
    }

    /** Only a multiple choice has options chosen alone; elsewhere one choice excludes the others anyway. */
    static void noExclusive(String column, List<AnswerSpec.Option> options, Consumer<Worded> problems) {
        options.stream().filter(AnswerSpec.Option::exclusive).forEach(o -> problems.accept(inColumn(column,
                new Phrase("answer.settings.exclusive", o.value()))));
    }

    /** A problem of a column's, "column x …", or of the question's own when {@code column} is null. */
    private static Worded inColumn(String column, Phrase problem) {
        return column == null ? problem : new Phrase("answer.settings.inColumn", column, problem);
    }

    static void columns(List<AnswerSpec.Column> columns, Consumer<Worded> problems) {
        if (columns.isEmpty()) {
            problems.accept(new Phrase("answer.settings.noColumns"));
        }
        unique(new Phrase("answer.settings.aColumn"), new Phrase("answer.settings.columns"),
                columns.stream().map(AnswerSpec.Column::key).toList(), problems);
        for (AnswerSpec.Column column : columns) {
            label(new Phrase("answer.settings.theColumn", column.key()), column.label(), problems);
            if (column.group() != null) {
                label(new Phrase("answer.settings.theColumnGroup", column.key()), column.group(), problems);
            }
            cellSettings(column, problems);
            if (column.type() == null) {
                problems.accept(inColumn(column.key(), new Phrase("answer.settings.noType")));
            } else if (column.type() == AnswerSpec.ColumnType.CHOICE) {
                if (column.options().isEmpty()) {
                    problems.accept(inColumn(column.key(), new Phrase("answer.settings.choiceWithoutOptions")));
                }
                uniqueValues(new Phrase("answer.settings.anOptionOfColumn", column.key()),
                        new Phrase("answer.settings.optionsOfColumn", column.key()), column.options(), problems);
                noExclusive(column.key(), column.options(), problems);
                noBoxes(column.key(), column.options(), problems);
            }
        }
    }

    /** Number settings belong to number columns, a maximum length to text columns; each must make sense. */
    private static void cellSettings(AnswerSpec.Column column, Consumer<Worded> problems) {
        if (column.number() != null) {
            if (column.type() != AnswerSpec.ColumnType.NUMBER) {
                problems.accept(inColumn(column.key(), new Phrase("answer.settings.numberSettings")));
            } else {
                new NumberKind(column.number().asAnswer()).checkSettings(p -> problems.accept(
                        new Phrase("answer.settings.inColumn", column.key(), p)));
            }
        }
        if (column.total() && column.type() != AnswerSpec.ColumnType.NUMBER) {
            problems.accept(inColumn(column.key(), new Phrase("answer.settings.totalNotNumber")));
        }
        if (column.maxLength() != null) {
            if (column.type() != null && column.type() != AnswerSpec.ColumnType.TEXT) {
                problems.accept(inColumn(column.key(), new Phrase("answer.settings.lengthNotText")));
            } else {
                length(column.maxLength(), CELL_TEXT_MAX, p -> problems.accept(
                        new Phrase("answer.settings.inColumn", column.key(), p)));
            }
        }
    }

    /**
     * Keys of rows, columns or repeated questions: valid and each once.
     *
     * @param one "a row", as in "has a row whose value…"
     * @param two "rows", as in "has two rows with the value…"
     */
    static void unique(Phrase one, Phrase two, List<String> keys, Consumer<Worded> problems) {
        Set<String> seen = new HashSet<>();
        for (String key : keys) {
            if (key == null || !KEY.matcher(key).matches()) {
                problems.accept(new Phrase("answer.settings.invalidKey", one, String.valueOf(key)));
            } else if (!seen.add(key)) {
                problems.accept(new Phrase("answer.settings.twice", two, key));
            }
        }
    }

    private static void uniqueValues(Phrase one, Phrase two, List<AnswerSpec.Option> options,
            Consumer<Worded> problems) {
        Set<String> seen = new HashSet<>();
        for (AnswerSpec.Option option : options) {
            String value = option.value();
            Optional<Phrase> problem = optionValueProblem(value);
            if (problem.isPresent()) {
                problems.accept(new Phrase("answer.settings.invalidValue", one, value, problem.get()));
            } else if (!seen.add(value)) {
                problems.accept(new Phrase("answer.settings.twice", two, value));
            }
        }
    }

    /** @param what "the option a", as in "the option a has no English label" */
    static void label(Phrase what, LocalizedText label, Consumer<Worded> problems) {
        if (label == null || label.english().isBlank()) {
            problems.accept(new Phrase("answer.settings.noLabel", what));
        }
    }

    static void length(Integer maxLength, int ceiling, Consumer<Worded> problems) {
        if (maxLength != null && (maxLength < 1 || maxLength > ceiling)) {
            problems.accept(new Phrase("answer.settings.maxLength", String.valueOf(maxLength),
                    String.valueOf(ceiling)));
        }
    }
}
