package org.qconsole.answer.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.qconsole.model.LocalizedText;

/**
 * Group headings in the designer's row and column lines: a line {@code # Livestock} puts the lines after it
 * under that heading (rows under a row group, columns under a second header row), a line {@code #} alone ends
 * the group. The lines between keep their own syntax and their line numbers in messages.
 */
final class GroupLines {

    static final String MARK = "#";

    /**
     * The text with its heading lines made blank (so the entries keep their line numbers), and the heading each
     * entry line stands under, in order ({@code null} for none).
     */
    record Split(String entries, List<String> headings) {
    }

    private GroupLines() {
    }

    static Split split(String text) {
        List<String> lines = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        String heading = null;
        for (String line : (text == null ? "" : text).split("\\R", -1)) {
            if (line.strip().startsWith(MARK)) {
                String words = line.strip().substring(MARK.length()).strip();
                heading = words.isEmpty() ? null : words;
                lines.add("");
            } else {
                if (!line.isBlank()) {
                    headings.add(heading);
                }
                lines.add(line);
            }
        }
        return new Split(String.join("\n", lines), headings);
    }

    /** The entries' lines with a heading line wherever the group changes. */
    static String format(List<String> entryLines, List<LocalizedText> groups) {
        List<String> lines = new ArrayList<>();
        LocalizedText current = null;
        for (int i = 0; i < entryLines.size(); i++) {
            LocalizedText group = groups.get(i);
            if (!Objects.equals(group, current)) {
                lines.add(group == null ? MARK : MARK + " " + group.english());
                current = group;
            }
            lines.add(entryLines.get(i));
        }
        return String.join("\n", lines);
    }

    /**
     * The parsed entries under their headings: an English heading that stays keeps the other languages its entry
     * had ({@code previousGroups}, by key).
     */
    static <T> List<T> apply(List<T> parsed, List<String> headings, Function<T, String> key,
            Map<String, LocalizedText> previousGroups, GroupSetter<T> setGroup) {
        List<T> grouped = new ArrayList<>();
        for (int i = 0; i < parsed.size(); i++) {
            T item = parsed.get(i);
            String heading = i < headings.size() ? headings.get(i) : null;
            grouped.add(setGroup.with(item, heading == null ? null
                    : OptionLines.label(previousGroups.get(key.apply(item)), heading)));
        }
        return grouped;
    }

    /** Gives an entry its group. */
    interface GroupSetter<T> {
        T with(T item, LocalizedText group);
    }
}
