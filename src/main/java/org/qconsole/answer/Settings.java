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
    public static Optional<String> patternProblem(String pattern) {
        return BoundedPattern.problem(pattern);
    }

    /**
     * Why an option's value cannot be used, as a phrase after the value; empty when it can. Values are kept as
     * the source writes them ("1+", "IN SOME SECTORS"): any printable characters, at most 64, without spaces at
     * either end (they would not survive a form) and without the designer's separators.
     */
    public static Optional<String> optionValueProblem(String value) {
        if (value == null || value.isEmpty() || value.length() > MAX_OPTION_VALUE_LENGTH) {
            return Optional.of("must have 1 to " + MAX_OPTION_VALUE_LENGTH + " characters");
        }
        if (!value.strip().equals(value)) {
            return Optional.of("starts or ends with a space");
        }
        if (value.chars().anyMatch(c -> OPTION_VALUE_SEPARATORS.indexOf(c) >= 0)) {
            return Optional.of("contains = , or :, which separate values in the designer");
        }
        if (value.codePoints().anyMatch(Settings::unprintable)) {
            return Optional.of("contains a character that cannot be printed (a control or"
                    + " formatting character)");
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
            problems.accept(asGiven("needs at least " + minimum + " option" + (minimum > 1 ? "s" : "") + " but has "
                    + options.size()));
        }
        uniqueValues("option", options, problems);
        options.forEach(o -> label("option " + o.value(), o.label(), problems));
        options.stream().filter(o -> o.specify() != null && o.specify().label() != null
                && !o.specify().label().isEmpty()).forEach(o -> label("box of option " + o.value(),
                        o.specify().label(), problems));
        options.stream().filter(o -> o.specify() != null && o.specify().number() != null).forEach(o ->
                new NumberKind(o.specify().number().asAnswer()).checkSettings(problem ->
                        problems.accept(new Phrase("answer.settings.inBox", o.value(), problem))));
    }

    /** The options of a grid's or table's choice column have no boxes: a cell holds one value. */
    static void noBoxes(String where, List<AnswerSpec.Option> options, Consumer<Worded> problems) {
        options.stream().filter(o -> o.specify() != null).forEach(o -> problems.accept(asGiven(where
                + "gives option " + o.value() + " a box to specify, which only single and multiple choice questions"
                + " allow")));
    }

    /** Only a multiple choice has options chosen alone; elsewhere one choice excludes the others anyway. */
    static void noExclusive(String where, List<AnswerSpec.Option> options, Consumer<Worded> problems) {
        options.stream().filter(AnswerSpec.Option::exclusive).forEach(o -> problems.accept(asGiven(where
                + "marks option " + o.value() + " as chosen alone (exclusive), which only a multiple choice allows")));
    }

    static void columns(List<AnswerSpec.Column> columns, Consumer<Worded> problems) {
        if (columns.isEmpty()) {
            problems.accept(asGiven("has no columns"));
        }
        unique("column", columns.stream().map(AnswerSpec.Column::key).toList(), problems);
        for (AnswerSpec.Column column : columns) {
            label("column " + column.key(), column.label(), problems);
            if (column.group() != null) {
                label("group of column " + column.key(), column.group(), problems);
            }
            cellSettings(column, problems);
            if (column.type() == null) {
                problems.accept(asGiven("column " + column.key() + " has no type (checkbox, text, number, choice,"
                        + " date or yesNo)"));
            } else if (column.type() == AnswerSpec.ColumnType.CHOICE) {
                if (column.options().isEmpty()) {
                    problems.accept(asGiven("column " + column.key() + " is a choice without options"));
                }
                uniqueValues("option of column " + column.key(), column.options(), problems);
                noExclusive("column " + column.key() + " ", column.options(), problems);
                noBoxes("column " + column.key() + " ", column.options(), problems);
            }
        }
    }

    /** Number settings belong to number columns, a maximum length to text columns; each must make sense. */
    private static void cellSettings(AnswerSpec.Column column, Consumer<Worded> problems) {
        String where = "column " + column.key() + " ";
        if (column.number() != null) {
            if (column.type() != AnswerSpec.ColumnType.NUMBER) {
                problems.accept(asGiven(where + "has number settings, which only a number column takes"));
            } else {
                new NumberKind(column.number().asAnswer()).checkSettings(p -> problems.accept(
                        new Phrase("answer.settings.inColumn", column.key(), p)));
            }
        }
        if (column.total() && column.type() != AnswerSpec.ColumnType.NUMBER) {
            problems.accept(asGiven(where + "has a total, which only a number column has"));
        }
        if (column.maxLength() != null) {
            if (column.type() != null && column.type() != AnswerSpec.ColumnType.TEXT) {
                problems.accept(asGiven(where + "has a maximum length, which only a text column takes"));
            } else {
                length(column.maxLength(), CELL_TEXT_MAX, p -> problems.accept(
                        new Phrase("answer.settings.inColumn", column.key(), p)));
            }
        }
    }

    static void unique(String what, List<String> keys, Consumer<Worded> problems) {
        Set<String> seen = new HashSet<>();
        for (String key : keys) {
            if (key == null || !KEY.matcher(key).matches()) {
                problems.accept(asGiven("has a " + what + " whose value \"" + key
                        + "\" is not valid: use 1 to 64 lower-case letters, digits, . _ or -"));
            } else if (!seen.add(key)) {
                problems.accept(asGiven("has two " + what + "s with the value \"" + key + "\""));
            }
        }
    }

    private static void uniqueValues(String what, List<AnswerSpec.Option> options, Consumer<Worded> problems) {
        Set<String> seen = new HashSet<>();
        for (AnswerSpec.Option option : options) {
            String value = option.value();
            Optional<String> problem = optionValueProblem(value);
            if (problem.isPresent()) {
                problems.accept(asGiven("has an " + what + " whose value \"" + value + "\" " + problem.get()));
            } else if (!seen.add(value)) {
                problems.accept(asGiven("has two " + what + "s with the value \"" + value + "\""));
            }
        }
    }

    static void label(String what, LocalizedText label, Consumer<Worded> problems) {
        if (label == null || label.english().isBlank()) {
            problems.accept(asGiven("the " + what + " has no English label"));
        }
    }

    /**
     * A problem of the settings given as English text: those of options and columns, which compose their words
     * ("has two options with the value", "the group of column x") and are not yet worded in other languages.
     */
    static Worded asGiven(String english) {
        return language -> english;
    }

    static void length(Integer maxLength, int ceiling, Consumer<Worded> problems) {
        if (maxLength != null && (maxLength < 1 || maxLength > ceiling)) {
            problems.accept(new Phrase("answer.settings.maxLength", String.valueOf(maxLength),
                    String.valueOf(ceiling)));
        }
    }
}
