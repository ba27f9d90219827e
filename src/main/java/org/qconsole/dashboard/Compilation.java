package org.qconsole.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.country.MemberState;
import org.qconsole.country.RegionalGroup;

/**
 * One question's answers across the countries of a campaign, side by side: how the secretariat drafts
 * its report. Answers hidden by a condition count as not given.
 *
 * @param options the choices of a choice question (value → label), in order; empty for other kinds
 */
public record Compilation(String questionKey, String number, String text, String kind, Map<String, String> options,
        List<Row> rows) {

    public Compilation {
        options = new LinkedHashMap<>(options);
        rows = List.copyOf(rows);
    }

    /**
     * One country's answer.
     *
     * @param answer the answer in words (a free text as the country wrote it), empty when not given
     * @param selected the option values chosen (choice questions)
     * @param other the "Other, please specify" text, empty when none
     * @param translation the free text's version in another language that the country gave beside it, with
     *        that language named first unless it is English; empty when none
     */
    public record Row(long assignmentId, MemberState country, AssignmentStatus status, String answer,
            List<String> selected, String other, String translation) {

        public Row {
            selected = List.copyOf(selected);
        }

        public RegionalGroup group() {
            return country.group();
        }

        public boolean answered() {
            return !answer.isEmpty();
        }

        /** The answer as written, or its version in another language where the country gave one. */
        public String shown(boolean versions) {
            return versions && !translation.isEmpty() ? translation : answer;
        }
    }

    /** How many of these rows chose each option (every option listed, zero included). */
    public Map<String, Long> counts(List<Row> of) {
        Map<String, Long> counts = new LinkedHashMap<>();
        options.forEach((value, label) -> counts.put(label, of.stream().filter(r -> r.selected().contains(value))
                .count()));
        return counts;
    }

    /** The "Other" texts of these rows, each after its State's name in a language. */
    public List<String> otherTexts(List<Row> of, Locale language) {
        List<String> texts = new ArrayList<>();
        of.stream().filter(r -> !r.other().isBlank())
                .forEach(r -> texts.add(r.country().name(language) + ": " + r.other()));
        return texts;
    }

    /** Whether any country gave its free text with a version in another language. */
    public boolean hasVersions() {
        return rows.stream().anyMatch(row -> !row.translation().isEmpty());
    }

    public boolean isChoice() {
        return !options.isEmpty();
    }
}
