package org.qconsole.questionnaire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qconsole.model.Section;
import org.qconsole.model.Visibility;

/**
 * How far a response is: per section and overall, the required parts that are shown and how many of
 * them are answered, as each {@link AnswerSlot} counts itself. Hidden questions neither count nor block,
 * even when they keep an answer (see {@link Visibility}). A table with fewer rows than its minimum does
 * not count as answered; a plugin section counts what its plugin says.
 *
 * @param missing the required, shown questions without an answer, in reading order
 */
public record Progress(List<SectionProgress> sections, List<MissingAnswer> missing) {

    public Progress {
        sections = List.copyOf(sections);
        missing = List.copyOf(missing);
    }

    /** Completion of one section. */
    public record SectionProgress(Section section, int answered, int required) {

        public int percent() {
            return Progress.percent(answered, required);
        }
    }

    /** How far a response with these answers is (see {@link PublishedQuestionnaire#progress}). */
    static Progress of(PublishedQuestionnaire questionnaire, Map<String, JsonNode> answers) {
        Visibility visibility = questionnaire.visibility(answers);
        List<SectionProgress> sections = new ArrayList<>();
        List<MissingAnswer> missing = new ArrayList<>();
        for (Section section : questionnaire.definition().sections()) {
            int answered = 0;
            int required = 0;
            for (AnswerSlot slot : questionnaire.slotsOf(section)) {
                SlotCompletion completion = slot.completion(answers.get(slot.key()), visibility);
                answered += completion.answered();
                required += completion.required();
                completion.missing().ifPresent(missing::add);
            }
            sections.add(new SectionProgress(section, answered, required));
        }
        return new Progress(sections, missing);
    }

    public int answered() {
        return sections.stream().mapToInt(SectionProgress::answered).sum();
    }

    public int required() {
        return sections.stream().mapToInt(SectionProgress::required).sum();
    }

    /** Answered required questions in percent, rounded down; 100 when nothing is required. */
    public int percent() {
        return percent(answered(), required());
    }

    /** Answered in percent of required, rounded down; 100 when nothing is required. */
    public static int percent(int answered, int required) {
        return required == 0 ? 100 : answered * 100 / required;
    }
}
