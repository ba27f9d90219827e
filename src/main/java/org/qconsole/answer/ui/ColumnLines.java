package org.qconsole.answer.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.qconsole.model.AnswerSpec.Column;
import org.qconsole.model.AnswerSpec.ColumnType;
import org.qconsole.model.AnswerSpec.Option;
import org.qconsole.model.LocalizedText;

/**
 * The designer's text form of the columns of a grid or table: one a line, {@code key = Label : type} with
 * type {@code checkbox}, {@code text}, {@code number} or {@code choice}; a choice column lists its options:
 * {@code key = Label : choice : a=A, b=B}. Without a type a column is a text column; without {@code =} its
 * key is derived from its label.
 */
final class ColumnLines {

    static final String FORMAT_HELP = "One column a line: key = Label : type, type one of checkbox, text, number,"
            + " choice; for a choice: key = Label : choice : a=A, b=B";

    private ColumnLines() {
    }

    static String format(List<Column> columns) {
        return columns.stream().map(ColumnLines::format).collect(Collectors.joining("\n"));
    }

    private static String format(Column column) {
        StringBuilder line = new StringBuilder(column.key()).append(" = ")
                .append(column.label() == null ? "" : column.label().english())
                .append(" : ").append(typeName(column.type()));
        if (column.type() == ColumnType.CHOICE) {
            line.append(" : ").append(column.options().stream()
                    .map(o -> o.value() + "=" + (o.label() == null ? "" : o.label().english()))
                    .collect(Collectors.joining(", ")));
        }
        return line.toString();
    }

    static OptionLines.Parsed<Column> parse(String text, List<Column> previous) {
        List<String> errors = new ArrayList<>();
        List<OptionLines.Entry> entries = new ArrayList<>();
        List<ColumnType> types = new ArrayList<>();
        List<List<OptionLines.Entry>> options = new ArrayList<>();
        String[] lines = (text == null ? "" : text).split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                line(i + 1, lines[i], errors, entries, types, options);
            }
        }
        OptionLines.checkUnique(entries, "key", errors);
        if (!errors.isEmpty()) {
            return new OptionLines.Parsed<>(List.of(), errors);
        }
        Map<String, Column> previousColumns = new HashMap<>();
        (previous == null ? List.<Column>of() : previous).forEach(c -> previousColumns.put(c.key(), c));
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            OptionLines.Entry entry = entries.get(i);
            Column old = previousColumns.get(entry.value());
            Map<String, LocalizedText> oldOptionLabels = new HashMap<>();
            if (old != null) {
                old.options().forEach(o -> oldOptionLabels.put(o.value(), o.label()));
            }
            List<Option> columnOptions = options.get(i).stream().map(o -> new Option(o.value(),
                    OptionLines.label(oldOptionLabels.get(o.value()), o.label()))).toList();
            columns.add(new Column(entry.value(), OptionLines.label(old == null ? null : old.label(), entry.label()),
                    types.get(i), columnOptions));
        }
        return new OptionLines.Parsed<>(columns, List.of());
    }

    /** Parses one line into the lists, or adds its problems. */
    private static void line(int line, String text, List<String> errors, List<OptionLines.Entry> entries,
            List<ColumnType> types, List<List<OptionLines.Entry>> options) {
        String[] parts = text.split(":", -1);
        int typeAt = -1;
        for (int i = 1; i < parts.length && typeAt < 0; i++) {
            if (type(parts[i]) != null) {
                typeAt = i;
            }
        }
        if (typeAt < 0 && parts.length > 1) {
            errors.add("Line " + line + ": unknown type \"" + parts[parts.length - 1].trim()
                    + "\"; use checkbox, text, number or choice");
            return;
        }
        String head = typeAt < 0 ? text : String.join(":", Arrays.asList(parts).subList(0, typeAt));
        ColumnType type = typeAt < 0 ? ColumnType.TEXT : type(parts[typeAt]);
        String rest = typeAt < 0 ? "" : String.join(":", Arrays.asList(parts).subList(typeAt + 1, parts.length));
        int before = errors.size();
        OptionLines.Entry entry = OptionLines.entry(line, head, "key", OptionLines::keyProblem, errors);
        List<OptionLines.Entry> columnOptions = new ArrayList<>();
        if (type == ColumnType.CHOICE) {
            for (String option : rest.split(",")) {
                if (!option.isBlank()) {
                    OptionLines.Entry parsed = OptionLines.entry(line, option, "option value",
                            OptionLines::optionValueProblem, errors);
                    if (parsed != null) {
                        columnOptions.add(parsed);
                    }
                }
            }
            if (columnOptions.isEmpty() && errors.size() == before) {
                errors.add("Line " + line + ": a choice column needs its options: key = Label : choice : a=A, b=B");
            }
            java.util.Set<String> seen = new java.util.HashSet<>();
            columnOptions.stream().map(OptionLines.Entry::value).filter(v -> !seen.add(v)).distinct().forEach(v ->
                    errors.add("Line " + line + ": the option value \"" + v + "\" is listed twice"));
        } else if (!rest.isBlank()) {
            errors.add("Line " + line + ": only a choice column takes options");
        }
        if (errors.size() == before) {
            entries.add(entry);
            types.add(type);
            options.add(columnOptions);
        }
    }

    static String typeName(ColumnType type) {
        return type.name().toLowerCase(Locale.ROOT);
    }

    private static ColumnType type(String name) {
        String trimmed = name.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(ColumnType.values()).filter(t -> typeName(t).equals(trimmed)).findFirst().orElse(null);
    }
}
