package org.qconsole.template.diff;

import java.util.List;

/**
 * One difference between two versions of a questionnaire, as the secretariat reads it: a section,
 * question or text that was added, removed, moved or changed, or a change to the version's own
 * title, circular reference, introduction or footnotes.
 *
 * @param type what happened
 * @param subject what it happened to
 * @param key the section's or item's key (stable across versions); {@code ""} for the version itself
 * @param olderLabel how the older version shows it, e.g. {@code "1.a Which ICTs..."} (number and English
 *     text, plain, shortened); {@code null} when it was added
 * @param newerLabel how the newer version shows it; {@code null} when it was removed
 * @param fields for {@link ChangeType#CHANGED}, every property that differs; empty otherwise
 * @param description for {@link ChangeType#MOVED}, where from and where to, e.g.
 *     {@code "moved from section I position 2 to section II position 1"}; {@code null} otherwise
 */
public record Change(ChangeType type, Subject subject, String key, String olderLabel, String newerLabel,
        List<FieldChange> fields, String description) {

    /** Longest label, in characters, before it is shortened with an ellipsis. */
    static final int LABEL_LENGTH = 80;

    public Change {
        key = key == null ? "" : key;
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    /** What happened to a section, question or text between the two versions. */
    public enum ChangeType {
        /** Only in the newer version. */
        ADDED,
        /** Only in the older version (for a question: its answers are no longer asked for). */
        REMOVED,
        /** In both, at another place: another section or question, or another position among its siblings. */
        MOVED,
        /** In both, with different wording or settings (see {@link Change#fields()}). */
        CHANGED
    }

    /** What a change is about. */
    public enum Subject {
        /** The version itself: title, circular reference, introduction, footnotes. */
        VERSION,
        SECTION,
        QUESTION,
        /** A text block between questions. */
        TEXT
    }

    /** {@code number + " " + text}, shortened to about {@value #LABEL_LENGTH} characters. */
    static String label(String number, String plainText) {
        String label = ((number == null ? "" : number.strip()) + " " + (plainText == null ? "" : plainText)).strip();
        if (label.length() <= LABEL_LENGTH) {
            return label;
        }
        int end = LABEL_LENGTH - 1;
        if (Character.isHighSurrogate(label.charAt(end - 1))) {
            end--;
        }
        return label.substring(0, end).stripTrailing() + "…";
    }
}
