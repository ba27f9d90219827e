package org.qconsole.answer;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.LocalizedText;

/** The limits of answer settings and the checks several kinds share (option lists, columns, lengths). */
public final class Settings {

    /** Keys of questions, options, rows and columns. */
    public static final Pattern KEY = Pattern.compile("[a-z0-9_.-]{1,64}");
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
    public static java.util.Optional<String> patternProblem(String pattern) {
        return BoundedPattern.problem(pattern);
    }

    static void options(List<AnswerSpec.Option> options, int minimum, Consumer<String> problems) {
        if (options.size() < minimum) {
            problems.accept("needs at least " + minimum + " option" + (minimum > 1 ? "s" : "") + " but has "
                    + options.size());
        }
        unique("option", options.stream().map(AnswerSpec.Option::value).toList(), problems);
        options.forEach(o -> label("option " + o.value(), o.label(), problems));
        options.stream().filter(o -> o.specify() != null && o.specify().label() != null
                && !o.specify().label().isEmpty()).forEach(o -> label("box of option " + o.value(),
                        o.specify().label(), problems));
        options.stream().filter(o -> o.specify() != null && o.specify().number() != null).forEach(o ->
                new NumberKind(o.specify().number().asAnswer()).checkSettings(problem ->
                        problems.accept("the box of option " + o.value() + " " + problem)));
    }

    /** The options of a grid's or table's choice column have no boxes: a cell holds one value. */
    static void noBoxes(String where, List<AnswerSpec.Option> options, Consumer<String> problems) {
        options.stream().filter(o -> o.specify() != null).forEach(o -> problems.accept(where + "gives option "
                + o.value() + " a box to specify, which only single and multiple choice questions allow"));
    }

    /** Only a multiple choice has options chosen alone; elsewhere one choice excludes the others anyway. */
    static void noExclusive(String where, List<AnswerSpec.Option> options, Consumer<String> problems) {
        options.stream().filter(AnswerSpec.Option::exclusive).forEach(o -> problems.accept(where + "marks option "
                + o.value() + " as chosen alone (exclusive), which only a multiple choice allows"));
    }

    static void columns(List<AnswerSpec.Column> columns, Consumer<String> problems) {
        if (columns.isEmpty()) {
            problems.accept("has no columns");
        }
        unique("column", columns.stream().map(AnswerSpec.Column::key).toList(), problems);
        for (AnswerSpec.Column column : columns) {
            label("column " + column.key(), column.label(), problems);
            if (column.type() == null) {
                problems.accept("column " + column.key() + " has no type (checkbox, text, number or choice)");
            } else if (column.type() == AnswerSpec.ColumnType.CHOICE) {
                if (column.options().isEmpty()) {
                    problems.accept("column " + column.key() + " is a choice without options");
                }
                unique("option of column " + column.key(),
                        column.options().stream().map(AnswerSpec.Option::value).toList(), problems);
                noExclusive("column " + column.key() + " ", column.options(), problems);
                noBoxes("column " + column.key() + " ", column.options(), problems);
            }
        }
    }

    static void unique(String what, List<String> keys, Consumer<String> problems) {
        Set<String> seen = new HashSet<>();
        for (String key : keys) {
            if (key == null || !KEY.matcher(key).matches()) {
                problems.accept("has a " + what + " whose value \"" + key
                        + "\" is not valid: use 1 to 64 lower-case letters, digits, . _ or -");
            } else if (!seen.add(key)) {
                problems.accept("has two " + what + "s with the value \"" + key + "\"");
            }
        }
    }

    static void label(String what, LocalizedText label, Consumer<String> problems) {
        if (label == null || label.english().isBlank()) {
            problems.accept("the " + what + " has no English label");
        }
    }

    static void length(Integer maxLength, int ceiling, Consumer<String> problems) {
        if (maxLength != null && (maxLength < 1 || maxLength > ceiling)) {
            problems.accept("has a maximum length of " + maxLength + "; use 1 to " + ceiling);
        }
    }
}
