package org.qconsole.answer.ui;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.qconsole.answer.Settings;
import org.qconsole.model.AnswerSpecParts.Option;
import org.qconsole.model.AnswerSpecParts.Row;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;

/**
 * The designer's text form of options and grid rows: one a line, {@code value = Label}, e.g.
 * {@code email = Email/messaging technologies}. A line without {@code =} takes a value derived from its
 * label. Labels are English; an entry that keeps its value keeps its other languages.
 */
final class OptionLines {

    /** Why a row or column key cannot be used, as a phrase after it; empty when it can. */
    static Optional<String> keyProblem(String key) {
        return Settings.KEY.matcher(key).matches() ? Optional.empty()
                : Optional.of(DesignerWords.translate("answer.lines.invalidKey"));
    }

    /** Why an option value cannot be used, as a phrase after it; empty when it can. */
    static Optional<String> optionValueProblem(String value) {
        return Settings.optionValueProblem(value).map(problem -> DesignerWords.translate("answer.lines.invalidValue",
                problem));
    }

    private static final Pattern NOT_VALUE_CHARACTERS = Pattern.compile("[^a-z0-9]+");

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private OptionLines() {
    }

    /** What parsing gave: the entries, or the problems (each naming its line) when there is any. */
    record Parsed<T>(List<T> items, List<String> errors) {
        Parsed {
            items = List.copyOf(items);
            errors = List.copyOf(errors);
        }

        boolean ok() {
            return errors.isEmpty();
        }

        /** The problems as one message, e.g. for a field's error message. */
        String errorMessage() {
            return String.join("; ", errors);
        }
    }

    /** One {@code value = Label} entry and the (1-based) line it was on. */
    record Entry(int line, String value, String label) {
    }

    static String formatOptions(List<Option> options) {
        return format(options, Option::value, Option::label);
    }

    static String formatRows(List<Row> rows) {
        return format(rows, Row::key, Row::label);
    }

    static Parsed<Option> parseOptions(String text, List<Option> previous) {
        return parse(text, previous, Option::value, Option::label, Option::new,
                DesignerWords.translate("answer.lines.value"), OptionLines::optionValueProblem);
    }

    static Parsed<Row> parseRows(String text, List<Row> previous) {
        return parse(text, previous, Row::key, Row::label, Row::new, DesignerWords.translate("answer.lines.key"),
                OptionLines::keyProblem);
    }

    /**
     * The value for a label: lower case, accents dropped, every run of other characters than
     * {@code a-z0-9} made one {@code _}, no {@code _} at the ends, at most 64 characters; {@code ""} when
     * nothing is left (e.g. for a label in another script).
     */
    static String deriveValue(String label) {
        String plain = MARKS.matcher(Normalizer.normalize(label == null ? "" : label, Normalizer.Form.NFD))
                .replaceAll("").toLowerCase(Locale.ROOT);
        String value = trimUnderscores(NOT_VALUE_CHARACTERS.matcher(plain).replaceAll("_"));
        return value.length() <= 64 ? value : trimUnderscores(value.substring(0, 64));
    }

    /**
     * One entry: {@code value = Label} or just {@code Label}; adds a problem naming the line and returns
     * {@code null} when the value or label is missing or invalid. {@code what} names the value in messages (in the console's language);
     * {@code valueProblem} says what is wrong with a value.
     */
    static Entry entry(int line, String text, String what, Function<String, Optional<String>> valueProblem,
            List<String> errors) {
        int equals = text.indexOf('=');
        String label = (equals < 0 ? text : text.substring(equals + 1)).trim();
        String value = equals < 0 ? deriveValue(label) : text.substring(0, equals).trim();
        if (label.isEmpty()) {
            errors.add(DesignerWords.translate("answer.lines.noLabel", line, what));
            return null;
        }
        if (equals < 0 && value.isEmpty()) {
            errors.add(DesignerWords.translate("answer.lines.noValue", line, what, label));
            return null;
        }
        Optional<String> problem = valueProblem.apply(value);
        if (problem.isPresent()) {
            errors.add(DesignerWords.translate("answer.lines.badValue", line, value, problem.get()));
            return null;
        }
        return new Entry(line, value, label);
    }

    /** Adds a problem for each entry whose value an earlier entry already has. */
    static void checkUnique(List<Entry> entries, String what, List<String> errors) {
        Map<String, Integer> firstLine = new HashMap<>();
        for (Entry entry : entries) {
            Integer first = firstLine.putIfAbsent(entry.value(), entry.line());
            if (first != null) {
                errors.add(DesignerWords.translate("answer.lines.twice", entry.line(), what, entry.value(), first));
            }
        }
    }

    /** The label of an entry: English from the text, other languages kept from the previous label. */
    static LocalizedText label(LocalizedText previous, String english) {
        return previous == null ? LocalizedText.en(english) : previous.with(Language.EN, english);
    }

    private static <T> String format(List<T> items, Function<T, String> value, Function<T, LocalizedText> label) {
        StringBuilder text = new StringBuilder();
        for (T item : items) {
            if (text.length() > 0) {
                text.append('\n');
            }
            LocalizedText localized = label.apply(item);
            text.append(value.apply(item)).append(" = ").append(localized == null ? "" : localized.english());
        }
        return text.toString();
    }

    private static <T> Parsed<T> parse(String text, List<T> previous, Function<T, String> value,
            Function<T, LocalizedText> label, BiFunction<String, LocalizedText, T> create, String what,
            Function<String, Optional<String>> valueProblem) {
        List<String> errors = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        String[] lines = (text == null ? "" : text).split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                Entry entry = entry(i + 1, lines[i], what, valueProblem, errors);
                if (entry != null) {
                    entries.add(entry);
                }
            }
        }
        checkUnique(entries, what, errors);
        if (!errors.isEmpty()) {
            return new Parsed<>(List.of(), errors);
        }
        Map<String, LocalizedText> previousLabels = new HashMap<>();
        for (T item : previous == null ? List.<T>of() : previous) {
            previousLabels.put(value.apply(item), label.apply(item));
        }
        List<T> items = entries.stream()
                .map(e -> create.apply(e.value(), label(previousLabels.get(e.value()), e.label()))).toList();
        return new Parsed<>(items, List.of());
    }

    private static String trimUnderscores(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && value.charAt(start) == '_') {
            start++;
        }
        while (end > start && value.charAt(end - 1) == '_') {
            end--;
        }
        return value.substring(start, end);
    }
}
