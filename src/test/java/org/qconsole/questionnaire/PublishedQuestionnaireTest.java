package org.qconsole.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.Question;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.template.TemplateFixtures;

/**
 * A published questionnaire resolves each question and plugin section into one slot, and every reader of
 * answers gets the same answers from it. Here no plugin is installed: a plugin section must then block,
 * refuse answers with a user's message, and still show its stored answer rather than drop it.
 */
class PublishedQuestionnaireTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final PublishedQuestionnaire questionnaire = PublishedQuestionnaire.of(TemplateFixtures.withPluginSections());

    @Test
    void everyQuestionAndPluginSectionIsOneSlotInReadingOrder() {
        assertThat(questionnaire.slots()).extracting(AnswerSlot::key).containsExactly("q1_used", "q1a_which",
                "q2_tool", "q3_name", "q4_details", "q5_cases", "q6_since", "q7_requests", "q8_authorities",
                "s2_contact", "s3_inventory", "s4_globe");
        assertThat(questionnaire.slot("q1a_which")).get().satisfies(slot -> {
            assertThat(slot.numberedLabel(Language.EN)).isEqualTo("1.a If yes, which ones?");
            assertThat(slot.section().key()).isEqualTo("s1_general");
        });
        assertThat(questionnaire.slot("t9_thanks")).as("a text block holds no answer").isEmpty();
        assertThat(questionnaire.slot("no_such_key")).isEmpty();
        assertThat(questionnaire.slotsOf(questionnaire.definition().sections().get(1))).extracting(AnswerSlot::key)
                .containsExactly("s2_contact");
    }

    @Test
    void aQuestionSlotChecksCountsAndReadsItsValueAsItsAnswerKindSays() {
        AnswerSlot cases = questionnaire.slot("q5_cases").orElseThrow();

        assertThat(cases.problem(IntNode.valueOf(12))).isEmpty();
        assertThat(cases.problem(TextNode.valueOf("many"))).get().asString().isNotBlank();
        assertThat(cases.text(IntNode.valueOf(12), Language.EN)).isEqualTo("12 cases");
        assertThat(cases.answerFormat()).isEmpty();
        assertThat(questionnaire.columns(Language.EN)).extracting(AnswerColumn::key)
                .contains("q1a_which.email", "q1a_which.video", "q5_cases", "q7_requests.y2022.sent");
    }

    @Test
    void aPluginSectionWithoutItsPluginBlocksRefusesAnswersAndKeepsWhatIsStored() throws Exception {
        AnswerSlot contact = questionnaire.slot("s2_contact").orElseThrow();
        JsonNode stored = JSON.readTree("{\"name\": \"Erik\"}");

        assertThatThrownBy(() -> contact.problem(stored)).isInstanceOf(SlotUnavailable.class)
                .hasMessage("This section is temporarily unavailable: its answer cannot be saved now.");
        assertThat(contact.completion(stored, questionnaire.visibility(Map.of()))).satisfies(c -> {
            assertThat(c.required()).isEqualTo(1);
            assertThat(c.answered()).isZero();
            assertThat(c.missing()).get().extracting(m -> m.text().in(Language.EN))
                    .isEqualTo("Contact (temporarily unavailable)");
            assertThat(c.missing()).get().extracting(m -> m.text().in(Language.FR))
                    .isEqualTo("Contact (temporairement indisponible)");
        });
        assertThat(contact.text(stored, Language.EN)).isEqualTo("{\"name\":\"Erik\"}");
        assertThat(contact.columns(Language.EN)).singleElement().satisfies(column -> {
            assertThat(column.header()).isEqualTo("Contact (as stored)");
            assertThat(column.cell().apply(stored).asText()).contains("Erik");
        });
        assertThat(questionnaire.progress(Map.of("s2_contact", stored)).missing()).extracting(MissingAnswer::questionKey)
                .contains("s2_contact", "s3_inventory", "s4_globe");
    }

    @Test
    void aNumberedTextIsAHeadingWhoseSubQuestionsAreSlotsAndHideWithIt() {
        Question a = TemplateFixtures.question("q5a", "(a)", "Is confiscation without conviction possible?",
                new org.qconsole.model.AnswerSpec.YesNo(), List.of());
        Question b = TemplateFixtures.question("q5b", "(b)", "Since when?",
                new org.qconsole.model.AnswerSpec.DateAnswer(null, null), List.of());
        a = new Question(a.key(), a.number(), a.text(), a.help(), a.answer(), true, null, null, List.of(), List.of());
        var heading = new org.qconsole.model.TextBlock("h5", LocalizedText.en("Regarding confiscation:"),
                new org.qconsole.model.Condition.Equals("q1_used", TextNode.valueOf("yes")), "5", List.of(a, b));
        TemplateDefinition fixture = TemplateFixtures.everyKind();
        PublishedQuestionnaire withHeading = PublishedQuestionnaire.of(TemplateFixtures.withItems(fixture,
                List.of(fixture.sections().get(0).items().get(0), heading)));

        assertThat(withHeading.slots()).extracting(AnswerSlot::key).containsExactly("q1_used", "q1a_which", "q5a",
                "q5b");
        assertThat(withHeading.slot("h5")).as("the heading holds no answer").isEmpty();
        assertThat(withHeading.visibility(Map.of("q1_used", TextNode.valueOf("no"))).isShown("q5a")).isFalse();
        assertThat(withHeading.progress(Map.of("q1_used", TextNode.valueOf("no"))).missing())
                .extracting(MissingAnswer::questionKey).doesNotContain("q5a");
        assertThat(withHeading.progress(Map.of("q1_used", TextNode.valueOf("yes"))).missing())
                .extracting(MissingAnswer::questionKey).contains("q5a");
    }
}
