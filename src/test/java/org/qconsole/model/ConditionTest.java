package org.qconsole.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qconsole.template.model.TemplateJson;

/** "not" negates any condition and reads in the template format as {"not": {...}}. */
class ConditionTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void noneOfTheseOptionsHoldsWhenNoneIsChosenOrTheQuestionIsUnanswered() throws Exception {
        Condition noneOf = new Condition.Not(new Condition.SelectedAny("q1a", List.of("none")));

        assertThat(noneOf.test(answers(Map.of()))).isTrue();
        assertThat(noneOf.test(answers(Map.of("q1a", JSON.readTree("{\"selected\": [\"email\"]}"))))).isTrue();
        assertThat(noneOf.test(answers(Map.of("q1a", JSON.readTree("{\"selected\": [\"none\"]}"))))).isFalse();
        assertThat(noneOf.questionKeys()).containsExactly("q1a");
    }

    @Test
    void readsAndWritesAsNotInTheTemplateFormat() throws Exception {
        String json = "{\"and\":[{\"not\":{\"answered\":{\"question\":\"q1\"}}},"
                + "{\"not\":{\"or\":[{\"equals\":{\"question\":\"q2\",\"value\":\"a\"}}]}}]}";

        Condition read = TemplateJson.mapper().readValue(json, Condition.class);

        assertThat(read).isEqualTo(new Condition.And(List.of(new Condition.Not(new Condition.Answered("q1")),
                new Condition.Not(new Condition.Or(List.of(new Condition.Equals("q2",
                        JSON.getNodeFactory().textNode("a"))))))));
        assertThat(JSON.readTree(TemplateJson.mapper().writeValueAsString(read))).isEqualTo(JSON.readTree(json));
    }

    @Test
    void anyAnswerExceptHoldsOnlyOnceAnsweredWithAnotherValue() throws Exception {
        Condition exceptNo = new Condition.AnsweredExcept("q1", List.of("no"));
        Condition exceptNone = new Condition.AnsweredExcept("q2", List.of("none"));

        assertThat(exceptNo.test(answers(Map.of()))).as("not yet answered").isFalse();
        assertThat(exceptNo.test(answers(Map.of("q1", JSON.readTree("\"partly\""))))).isTrue();
        assertThat(exceptNo.test(answers(Map.of("q1", JSON.readTree("{\"selected\": \"partly\", \"specify\": "
                + "{\"partly\": \"ports\"}}"))))).as("an option with words in its box").isTrue();
        assertThat(exceptNo.test(answers(Map.of("q1", JSON.readTree("\"no\""))))).isFalse();
        assertThat(exceptNone.test(answers(Map.of("q2", JSON.readTree("{\"selected\": []}"))))).as("nothing chosen")
                .isFalse();
        assertThat(exceptNone.test(answers(Map.of("q2", JSON.readTree("{\"selected\": [\"email\"]}"))))).isTrue();
        assertThat(exceptNone.test(answers(Map.of("q2", JSON.readTree("{\"selected\": [], \"other\": \"fax\"}")))))
                .as("only the Other words").isTrue();
        assertThat(exceptNone.test(answers(Map.of("q2", JSON.readTree("{\"selected\": [\"none\"]}"))))).isFalse();
    }

    @Test
    void aGridCellReadsItsRowAndColumnOnly() throws Exception {
        Answers herds = answers(Map.of("q5", JSON.readTree("{\"cattle\": {\"extent\": \"some\", \"heads\": 40,"
                + " \"checked\": true}, \"pigs\": {\"extent\": \"all\", \"heads\": 3}}")));
        JsonNode some = JSON.getNodeFactory().textNode("some");

        assertThat(new Condition.GridCell("q5", "cattle", "extent", List.of(some), null, null).test(herds)).isTrue();
        assertThat(new Condition.GridCell("q5", "pigs", "extent", List.of(some), null, null).test(herds)).isFalse();
        assertThat(new Condition.GridCell("q5", "cattle", "checked", List.of(JSON.getNodeFactory().booleanNode(true)),
                null, null).test(herds)).isTrue();
        assertThat(new Condition.GridCell("q5", "pigs", "checked", List.of(JSON.getNodeFactory().booleanNode(true)),
                null, null).test(herds)).as("an empty box").isFalse();
        assertThat(new Condition.GridCell("q5", "cattle", "heads", List.of(), Condition.Operator.GE,
                BigDecimal.valueOf(40)).test(herds)).isTrue();
        assertThat(new Condition.GridCell("q5", "pigs", "heads", List.of(), Condition.Operator.GT,
                BigDecimal.TEN).test(herds)).isFalse();
        assertThat(new Condition.GridCell("q5", "cattle", "extent", List.of(some), null, null).test(Answers.NONE))
                .isFalse();
    }

    @Test
    void anyRowHoldsWhenOneRowOfTheTableHasTheValue() throws Exception {
        Answers bodies = answers(Map.of("q7", JSON.readTree("[{\"type\": \"police\", \"staff\": 4},"
                + " {\"type\": \"ministry\", \"staff\": 12}, {}]")));

        assertThat(new Condition.AnyRow("q7", "type", List.of(JSON.getNodeFactory().textNode("ministry")), null, null)
                .test(bodies)).isTrue();
        assertThat(new Condition.AnyRow("q7", "type", List.of(JSON.getNodeFactory().textNode("court")), null, null)
                .test(bodies)).isFalse();
        assertThat(new Condition.AnyRow("q7", "staff", List.of(), Condition.Operator.GT, BigDecimal.TEN).test(bodies))
                .isTrue();
        assertThat(new Condition.AnyRow("q7", "staff", List.of(), Condition.Operator.GT, BigDecimal.valueOf(12))
                .test(bodies)).isFalse();
        assertThat(new Condition.AnyRow("q7", "staff", List.of(JSON.getNodeFactory().numberNode(12.0)), null, null)
                .test(bodies)).as("12.0 is 12").isTrue();
    }

    @Test
    void theNewKindsReadAndWriteInTheTemplateFormatWithoutEmptyParts() throws Exception {
        String json = "{\"or\":[{\"answeredExcept\":{\"question\":\"q1\",\"values\":[\"no\"]}},"
                + "{\"gridCell\":{\"question\":\"q5\",\"row\":\"cattle\",\"column\":\"extent\",\"values\":[\"some\"]}},"
                + "{\"not\":{\"anyRow\":{\"question\":\"q7\",\"column\":\"staff\",\"operator\":\"ge\",\"value\":10}}}]}";

        Condition read = TemplateJson.mapper().readValue(json, Condition.class);

        assertThat(read).isEqualTo(new Condition.Or(List.of(new Condition.AnsweredExcept("q1", List.of("no")),
                new Condition.GridCell("q5", "cattle", "extent", List.of(JSON.getNodeFactory().textNode("some")),
                        null, null),
                new Condition.Not(new Condition.AnyRow("q7", "staff", null, Condition.Operator.GE,
                        BigDecimal.TEN)))));
        assertThat(JSON.readTree(TemplateJson.mapper().writeValueAsString(read))).isEqualTo(JSON.readTree(json));
        assertThat(read.questionKeys()).containsExactlyInAnyOrder("q1", "q5", "q7");
    }

    private static Answers answers(Map<String, JsonNode> given) {
        return key -> Optional.ofNullable(given.get(key));
    }
}
