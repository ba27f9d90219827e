package org.qconsole.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qconsole.template.model.TemplateJson;

/** The benchmark's large questionnaire is what it claims to be, and a questionnaire the console accepts. */
class LargeQuestionnaireTest {

    @Test
    void hasTwoHundredFiftyQuestionsInTwentyFiveSectionsOfEveryKind() throws Exception {
        JsonNode definition = TemplateJson.mapper().readTree(LargeQuestionnaireSetup.checkedDefinition());
        List<JsonNode> questions = new ArrayList<>();
        definition.get("sections").forEach(section -> collect(section.get("items"), questions));

        assertThat(definition.get("sections")).hasSize(25);
        assertThat(questions).hasSize(250);
        var kinds = new HashSet<String>();
        questions.forEach(q -> kinds.add(q.get("answer").get("kind").asText()));
        assertThat(kinds).containsExactlyInAnyOrder("yesNo", "singleChoice", "multipleChoice", "shortText",
                "longText", "number", "date", "grid", "table");
        assertThat(definition.get("sections").get(24).get("items").get(0).get("items").get(0).get("visibleWhen"))
                .isNotNull();
    }

    private static void collect(JsonNode items, List<JsonNode> questions) {
        if (items == null) {
            return;
        }
        items.forEach(item -> {
            if ("question".equals(item.get("type").asText())) {
                questions.add(item);
            }
            collect(item.get("items"), questions);
        });
    }
}
