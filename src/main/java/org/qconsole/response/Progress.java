package org.qconsole.response;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qconsole.model.RichText;
import org.qconsole.answer.AnswerKinds;
import org.qconsole.model.Answers;
import org.qconsole.model.Item;
import org.qconsole.model.Question;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.model.Visibility;

/**
 * How far a response is: per section and overall, the required questions that are shown and how many
 * of them are answered. Hidden questions neither count nor block, even when they keep an answer
 * (see {@link Visibility}). A table with fewer rows than its minimum does not count as answered.
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

    /** For questionnaires without plugin sections (a plugin section counts as unavailable). */
    public static Progress of(TemplateDefinition questionnaire, Map<String, JsonNode> answers) {
        return of(questionnaire, answers, SectionCompletion.NONE);
    }

    /**
     * @param plugins how far plugin sections are; a section whose plugin is unavailable counts as one
     *     required part not answered, and blocks submission
     */
    public static Progress of(TemplateDefinition questionnaire, Map<String, JsonNode> answers,
            SectionCompletion plugins) {
        Visibility visibility = Visibility.of(questionnaire, answers);
        List<SectionProgress> sections = new ArrayList<>();
        List<MissingAnswer> missing = new ArrayList<>();
        for (Section section : questionnaire.sections()) {
            if (section.plugin() != null) {
                sections.add(pluginSection(section, answers.get(section.key()), plugins, missing));
                continue;
            }
            List<Question> required = new ArrayList<>();
            collectRequired(section.items(), visibility, required);
            int answered = 0;
            for (Question question : required) {
                if (isAnswered(question, visibility.shownAnswers())) {
                    answered++;
                } else {
                    missing.add(new MissingAnswer(question.key(), question.number(),
                            RichText.toPlainText(question.text().english())));
                }
            }
            sections.add(new SectionProgress(section, answered, required.size()));
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

    private static SectionProgress pluginSection(Section section, JsonNode answer, SectionCompletion plugins,
            List<MissingAnswer> missing) {
        String title = section.title() == null ? section.key() : RichText.toPlainText(section.title().english());
        var completion = plugins.of(section, answer == null || answer.isNull() ? null : answer);
        if (completion.isEmpty()) {
            missing.add(new MissingAnswer(section.key(), section.number(), title + " (temporarily unavailable)"));
            return new SectionProgress(section, 0, 1);
        }
        if (!completion.get().complete()) {
            missing.add(new MissingAnswer(section.key(), section.number(), title + " ("
                    + completion.get().answered() + " of " + completion.get().required() + " answered)"));
        }
        return new SectionProgress(section, completion.get().answered(), completion.get().required());
    }

    private static void collectRequired(List<Item> items, Visibility visibility, List<Question> required) {
        for (Item item : items) {
            if (item instanceof Question q && visibility.isShown(q.key())) {
                if (q.isRequired(visibility.shownAnswers())) {
                    required.add(q);
                }
                collectRequired(q.items(), visibility, required);
            }
        }
    }

    private static boolean isAnswered(Question question, Answers answers) {
        return AnswerKinds.isAnswered(question.answer(), answers.get(question.key()).orElse(null));
    }
}
