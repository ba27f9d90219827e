package org.qconsole.response;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.qconsole.template.RichText;
import org.qconsole.template.model.AnswerSpec;
import org.qconsole.template.model.Answers;
import org.qconsole.template.model.Item;
import org.qconsole.template.model.Question;
import org.qconsole.template.model.Section;
import org.qconsole.template.model.TemplateDefinition;
import org.qconsole.template.model.Visibility;

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

    public static Progress of(TemplateDefinition questionnaire, Map<String, JsonNode> answers) {
        Visibility visibility = Visibility.of(questionnaire, answers);
        List<SectionProgress> sections = new ArrayList<>();
        List<MissingAnswer> missing = new ArrayList<>();
        for (Section section : questionnaire.sections()) {
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

    static int percent(int answered, int required) {
        return required == 0 ? 100 : answered * 100 / required;
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
        return answers.get(question.key()).filter(Answers::isAnswered)
                .filter(answer -> !(question.answer() instanceof AnswerSpec.Table table) || table.minRows() == null
                        || answer.size() >= table.minRows())
                .isPresent();
    }
}
