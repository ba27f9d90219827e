package org.qconsole.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;
import org.qconsole.template.model.TemplateJson;

/** Links to official texts (issue 12, item 1): web addresses only, with a title, within the question's limit. */
class LinksKindTest {

    private static final AnswerSpec LINKS = new AnswerSpec.Links(2);

    @Test
    void theTemplateFormatReadsAndWritesItsSettings() throws Exception {
        AnswerSpec read = TemplateJson.mapper().readValue("{\"kind\": \"links\", \"maxLinks\": 2}", AnswerSpec.class);

        assertThat(read).isEqualTo(LINKS);
        assertThat(TemplateJson.mapper().writeValueAsString(read)).contains("\"kind\" : \"links\"", "\"maxLinks\" : 2");
        assertThat(read.kindName()).as("the designer's name").isEqualTo("Links");
    }

    @Test
    void onlyWebAddressesAreTakenEachWithAtMostATitle() throws Exception {
        assertThat(AnswerKinds.problem(LINKS, json("[{\"url\": \"https://www.gov.se/law\", \"title\": \"Code\"},"
                + " {\"url\": \"http://example.org\"}]"))).isEmpty();
        String hint = "enter a web address starting with https:// or http://, e.g. https://www.example.org/law.";
        assertThat(AnswerKinds.problem(LINKS, json("[{\"url\": \"javascript:alert(1)\"}]"))).contains("Link 1: " + hint);
        assertThat(AnswerKinds.problem(LINKS, json("[{\"url\": \"https://a.org\"}, {\"url\": \"www.gov.se\"}]")))
                .contains("Link 2: " + hint);
        assertThat(AnswerKinds.problem(LINKS, json("[{\"url\": \"file:///etc/passwd\"}]"))).contains("Link 1: " + hint);
        assertThat(AnswerKinds.problem(LINKS, json("[{\"url\": \"https://a.org\", \"secret\": 1}]")))
                .contains("Link 1: a link has only a web address and a title.");
        assertThat(AnswerKinds.problem(LINKS, json("[{\"url\": \"https://a.org\"}, {\"url\": \"https://b.org\"},"
                + " {\"url\": \"https://c.org\"}]"))).contains("Give at most 2 links (this has 3).");
        assertThat(AnswerKinds.problem(LINKS, json("{\"url\": \"https://a.org\"}")))
                .contains("This list of links is not readable.");
    }

    @Test
    void linksReadInWordsAndCountOnceThereIsOne() throws Exception {
        JsonNode value = json("[{\"url\": \"https://www.gov.se/law\", \"title\": \"Criminal code\"},"
                + " {\"url\": \"https://example.org\"}]");

        assertThat(AnswerKinds.text(LINKS, value, Language.FR))
                .isEqualTo("Criminal code (https://www.gov.se/law); https://example.org");
        assertThat(AnswerKinds.isAnswered(LINKS, value)).isTrue();
        assertThat(AnswerKinds.isAnswered(LINKS, json("[]"))).isFalse();
        List<String> problems = new ArrayList<>();
        AnswerKinds.of(new AnswerSpec.Links(0)).checkSettings(p -> problems.add(p.in(org.qconsole.model.Language.EN)));
        assertThat(problems).containsExactly("allows 0 links; use 1 to 100");
    }

    private static JsonNode json(String text) throws Exception {
        return TemplateJson.mapper().readTree(text);
    }
}
