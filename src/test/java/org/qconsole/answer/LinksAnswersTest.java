package org.qconsole.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.model.Language;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.response.AnswerService;
import org.qconsole.response.ResponseHistoryService;
import org.qconsole.response.SaveOutcome;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.OneResponse;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;

/** A links answer saved on PostgreSQL: a script address is refused by the server, web addresses are kept. */
@ConsoleTest
class LinksAnswersTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    ResponseHistoryService histories;
    @Autowired
    ConsoleOidcUserService users;

    private OneResponse response;

    @BeforeEach
    void swedenIsAsked() {
        SignIn.as(users, "secretariat");
        var links = TemplateFixtures.required(TemplateFixtures.question("q1_law", "1", "Where is the law published?",
                new AnswerSpec.Links(null), List.of()));
        long version = TemplateFixtures.publish(templates, "LINKS", new TemplateDefinition(LocalizedText.en("Links"),
                "", LocalizedText.EMPTY, List.of(), List.of(new Section("s1", "I", LocalizedText.en("Law"),
                        LocalizedText.EMPTY, List.of(), List.of(links), null)))).id();
        response = OneResponse.sentToSweden(assignments, answers, version, "Links");
        SignIn.as(users, "swe.focal");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aForgedScriptAddressIsRefusedAndAWebAddressIsKeptWithItsTitle() throws Exception {
        assertThat(answers.save(response.assignment(), "q1_law", JSON.readTree("[{\"url\": \"javascript:alert(1)\"}]"),
                0)).isInstanceOfSatisfying(SaveOutcome.Invalid.class, invalid -> assertThat(invalid.problem())
                        .startsWith("Link 1: enter a web address starting with https://"));
        assertThat(response.missing()).containsExactly("q1_law");

        response.save("q1_law", JSON.readTree("[{\"url\": \"https://www.riksdagen.se/sfs\", \"title\": \"SFS\"}]"));

        assertThat(response.missing()).isEmpty();
        assertThat(histories.history(response.assignment(), Language.EN).entries()).anySatisfy(entry ->
                assertThat(entry.after()).isEqualTo("SFS (https://www.riksdagen.se/sfs)"));
    }
}
