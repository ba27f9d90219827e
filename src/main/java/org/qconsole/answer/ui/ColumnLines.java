package org.qconsole.answer.ui;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.qconsole.model.AnswerSpecParts.Column;
import org.qconsole.model.AnswerSpecParts.ColumnType;
import org.qconsole.model.AnswerSpecParts.Option;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.OptionList;

/**
 * The designer's text form of the columns of a grid or table: one a line, {@code key = Label : type} with
 * type {@code checkbox}, {@code text}, {@code number}, {@code choice}, {@code date} or {@code yesno}, followed by
 * {@code *} for a cell required in every row; a number column may add its settings
 * ({@code key = Label : number : whole 0..100 %}, see {@link CellSettingsText}), a text column its maximum
 * length ({@code : text : 200}); a choice column lists its options:
 * {@code key = Label : choice : a=A, b=B}, or takes them from a shared list: {@code key = Label : choice : @sectors}.
 * Without a type a column is a text column; without {@code =} its key is derived from its label.
 */
final class ColumnLines {

    /** The mark after a type for a cell that must be filled in every row. */
    private static final String REQUIRED_MARK = "*";

    /** How a choice column names a shared option list instead of listing options. */
    private static final String LIST_MARK = "@";

    private ColumnLines() {
    }

    static String format(List<Column> columns) {
        return columns.stream().map(ColumnLines::format).collect(Collectors.joining("\n"));
    }

    private static String format(Column column) {
        StringBuilder line = new StringBuilder(column.key()).append(" = ")
                .append(column.label() == null ? "" : column.label().english())
                .append(" : ").append(typeName(column.type())).append(column.required() ? REQUIRED_MARK : "");
        String settings = column.type() == ColumnType.NUMBER
                ? ((column.total() ? CellSettingsText.TOTAL + " " : "") + CellSettingsText.number(column.number())).strip()
                : column.maxLength() == null ? "" : String.valueOf(column.maxLength());
        if (!settings.isEmpty()) {
            line.append(" : ").append(settings);
        }
        if (column.type() == ColumnType.CHOICE && column.optionList() != null) {
            line.append(" : ").append(LIST_MARK).append(column.optionList());
        } else if (column.type() == ColumnType.CHOICE) {
            line.append(" : ").append(column.options().stream()
                    .map(o -> o.value() + "=" + (o.label() == null ? "" : o.label().english()))
                    .collect(Collectors.joining(", ")));
        }
        return line.toString();
    }

    static OptionLines.Parsed<Column> parse(String text, List<Column> previous) {
        return parse(text, previous, List.of());
    }

    /** Parses the lines; a choice column naming a shared list takes the list's options from {@code lists}. */
    static OptionLines.Parsed<Column> parse(String text, List<Column> previous, List<OptionList> lists) {
        List<String> errors = new ArrayList<>();
        List<ColumnLine> parsed = new ArrayList<>();
        String[] lines = (text == null ? "" : text).split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank()) {
                ColumnLine column = line(i + 1, lines[i], lists, errors);
                if (column != null) {
                    parsed.add(column);
                }
            }
        }
        OptionLines.checkUnique(parsed.stream().map(ColumnLine::entry).toList(),
                DesignerWords.translate("answer.lines.key"), errors);
        if (!errors.isEmpty()) {
            return new OptionLines.Parsed<>(List.of(), errors);
        }
        Map<String, Column> previousColumns = new HashMap<>();
        (previous == null ? List.<Column>of() : previous).forEach(c -> previousColumns.put(c.key(), c));
        return new OptionLines.Parsed<>(parsed.stream().map(c -> c.column(previousColumns.get(c.entry().value()),
                lists)).toList(), List.of());
    }

    /** One column as written: its key and label, its type, and its options or the shared list it names. */
    private record ColumnLine(OptionLines.Entry entry, ColumnType type, List<OptionLines.Entry> options,
            String optionList, boolean required, String settings) {

        Column column(Column old, List<OptionList> lists) {
            Column plain = columnWithoutCellSettings(old, lists);
            CellSettingsText.Parsed cell = cellSettings(type, settings, old);
            return plain.withCellSettings(cell.number(), cell.maxLength(), required).withTotal(cell.total());
        }

        private Column columnWithoutCellSettings(Column old, List<OptionList> lists) {
            LocalizedText label = OptionLines.label(old == null ? null : old.label(), entry.label());
            if (optionList != null) {
                List<Option> listed = lists.stream().filter(l -> l.key().equals(optionList)).findFirst()
                        .map(OptionList::options).orElse(List.of());
                return new Column(entry.value(), label, type, listed, optionList);
            }
            Map<String, LocalizedText> oldOptionLabels = new HashMap<>();
            if (old != null) {
                old.options().forEach(o -> oldOptionLabels.put(o.value(), o.label()));
            }
            return new Column(entry.value(), label, type, options.stream().map(o -> new Option(o.value(),
                    OptionLines.label(oldOptionLabels.get(o.value()), o.label()))).toList());
        }
    }

    /** Parses one line, or adds its problems and gives {@code null}. */
    private static ColumnLine line(int line, String text, List<OptionList> lists, List<String> errors) {
        String[] parts = text.split(":", -1);
        int typeAt = -1;
        for (int i = 1; i < parts.length && typeAt < 0; i++) {
            if (type(parts[i]) != null) {
                typeAt = i;
            }
        }
        if (typeAt < 0 && parts.length > 1) {
            errors.add(DesignerWords.translate("answer.columns.unknownType", line, parts[parts.length - 1].trim()));
            return null;
        }
        String head = typeAt < 0 ? text : String.join(":", Arrays.asList(parts).subList(0, typeAt));
        ColumnType type = typeAt < 0 ? ColumnType.TEXT : type(parts[typeAt]);
        boolean required = typeAt >= 0 && parts[typeAt].strip().endsWith(REQUIRED_MARK);
        String rest = typeAt < 0 ? "" : String.join(":", Arrays.asList(parts).subList(typeAt + 1, parts.length));
        int before = errors.size();
        OptionLines.Entry entry = OptionLines.entry(line, head, DesignerWords.translate("answer.lines.key"),
                OptionLines::keyProblem, errors);
        List<OptionLines.Entry> columnOptions = new ArrayList<>();
        String optionList = null;
        if (type == ColumnType.CHOICE && rest.strip().startsWith(LIST_MARK)) {
            optionList = rest.strip().substring(LIST_MARK.length()).strip();
            String named = optionList;
            if (lists.stream().noneMatch(l -> l.key().equals(named))) {
                errors.add(DesignerWords.translate("answer.columns.noList", line, named));
            }
        } else if (type == ColumnType.CHOICE) {
            choiceOptions(line, rest, columnOptions, errors);
            if (columnOptions.isEmpty() && errors.size() == before) {
                errors.add(DesignerWords.translate("answer.columns.noOptions", line));
            }
        } else if (type == ColumnType.NUMBER || type == ColumnType.TEXT) {
            String problem = cellSettings(type, rest, null).problem();
            if (problem != null) {
                errors.add(DesignerWords.translate("answer.lines.problem", line, problem));
            }
        } else if (!rest.isBlank()) {
            errors.add(DesignerWords.translate("answer.columns.onlyChoice", line));
        }
        return errors.size() == before ? new ColumnLine(entry, type, columnOptions, optionList, required,
                type == ColumnType.CHOICE ? "" : rest) : null;
    }

    private static void choiceOptions(int line, String rest, List<OptionLines.Entry> columnOptions,
            List<String> errors) {
        for (String option : rest.split(",")) {
            if (!option.isBlank()) {
                OptionLines.Entry parsed = OptionLines.entry(line, option, DesignerWords.translate("answer.lines.optionValue"),
                        OptionLines::optionValueProblem, errors);
                if (parsed != null) {
                    columnOptions.add(parsed);
                }
            }
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        columnOptions.stream().map(OptionLines.Entry::value).filter(v -> !seen.add(v)).distinct().forEach(v ->
                errors.add(DesignerWords.translate("answer.columns.optionTwice", line, v)));
    }

    /** A cell's settings from the words after its type, keeping the unit's other languages from {@code old}. */
    private static CellSettingsText.Parsed cellSettings(ColumnType type, String words, Column old) {
        return switch (type) {
            case NUMBER -> CellSettingsText.parseNumber(words, old == null ? null : old.number());
            case TEXT -> CellSettingsText.parseText(words);
            default -> new CellSettingsText.Parsed(null, null, null);
        };
    }

    static String typeName(ColumnType type) {
        return type.name().replace("_", "").toLowerCase(Locale.ROOT);
    }

    private static ColumnType type(String name) {
        String trimmed = name.trim().toLowerCase(Locale.ROOT);
        String bare = trimmed.endsWith(REQUIRED_MARK) ? trimmed.substring(0, trimmed.length() - 1).trim() : trimmed;
        return Arrays.stream(ColumnType.values()).filter(t -> typeName(t).equals(bare)).findFirst().orElse(null);
    }
}
