package org.qconsole.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

    private static Answers answers(Map<String, JsonNode> given) {
        return key -> Optional.ofNullable(given.get(key));
    }
}
