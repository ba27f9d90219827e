package org.qconsole.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Condition;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.Question;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.template.TemplateFixtures;

/** Completion counts the required questions a respondent sees, per section and overall. */
class ProgressTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TemplateDefinition questionnaire = new TemplateDefinition(LocalizedText.en("Q"), "", null, null,
            List.of(section("s1", required(TemplateFixtures.question("q1", "1", "Use ICT?", new AnswerSpec.YesNo(),
                            List.of(TemplateFixtures.withVisibleWhen(required(TemplateFixtures.question("q1a", "1.a",
                                    "Which?", new AnswerSpec.ShortText(null), List.of())),
                                    new Condition.Equals("q1", TextNode.valueOf("yes"))))))),
                    section("s2", required(TemplateFixtures.question("q2", "2", "Authorities", new AnswerSpec.Table(
                            List.of(new AnswerSpec.Column("name", LocalizedText.en("Name"), AnswerSpec.ColumnType.TEXT,
                                    null)), 2, null), List.of())),
                            TemplateFixtures.question("q3", "3", "Anything else?", new AnswerSpec.LongText(null),
                                    List.of()))));

    private final Map<String, JsonNode> answers = new HashMap<>();

    @Test
    void nothingAnsweredYet() {
        Progress progress = PublishedQuestionnaire.of(questionnaire).progress(answers);

        assertThat(progress.required()).as("q1a is hidden, q3 optional").isEqualTo(2);
        assertThat(progress.answered()).isZero();
        assertThat(progress.percent()).isZero();
        assertThat(progress.missing()).extracting(MissingAnswer::questionKey).containsExactly("q1", "q2");
    }

    @Test
    void aSubQuestionCountsOnceItIsShown() {
        answers.put("q1", TextNode.valueOf("yes"));

        Progress progress = PublishedQuestionnaire.of(questionnaire).progress(answers);

        assertThat(progress.sections().get(0).required()).isEqualTo(2);
        assertThat(progress.sections().get(0).answered()).isEqualTo(1);
        assertThat(progress.sections().get(0).percent()).isEqualTo(50);
        assertThat(progress.missing()).extracting(MissingAnswer::questionKey).containsExactly("q1a", "q2");
    }

    @Test
    void aHiddenAnswerIsKeptButNeitherCountsNorBlocks() {
        answers.put("q1", TextNode.valueOf("no"));
        answers.put("q1a", TextNode.valueOf("kept from when the answer was yes"));

        Progress progress = PublishedQuestionnaire.of(questionnaire).progress(answers);

        assertThat(progress.sections().get(0).required()).isEqualTo(1);
        assertThat(progress.sections().get(0).answered()).isEqualTo(1);
        assertThat(progress.sections().get(0).percent()).isEqualTo(100);
    }

    @Test
    void aTableCountsOnlyWithItsMinimumOfRows() throws Exception {
        answers.put("q1", TextNode.valueOf("no"));
        answers.put("q2", JSON.readTree("[{\"name\": \"Police\"}]"));
        assertThat(PublishedQuestionnaire.of(questionnaire).progress(answers).percent()).isEqualTo(50);

        answers.put("q2", JSON.readTree("[{\"name\": \"Police\"}, {\"name\": \"Prosecution\"}]"));
        Progress complete = PublishedQuestionnaire.of(questionnaire).progress(answers);
        assertThat(complete.percent()).isEqualTo(100);
        assertThat(complete.missing()).isEmpty();
    }

    private static Question required(Question q) {
        return new Question(q.key(), q.number(), q.text(), q.help(), q.answer(), true, null, q.visibleWhen(),
                q.footnotes(), q.items());
    }

    private static Section section(String key, Question... questions) {
        return new Section(key, key.substring(1), LocalizedText.en("Section " + key), null, null, List.of(questions),
                null);
    }
}
