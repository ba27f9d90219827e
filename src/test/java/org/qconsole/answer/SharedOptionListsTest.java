package org.qconsole.answer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.export.Csv;
import org.qconsole.export.ExportFormat;
import org.qconsole.export.ExportService;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Condition;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.OptionList;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.response.AnswerService;
import org.qconsole.response.SaveOutcome;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.OneResponse;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Questions whose options come from a shared list, published and answered on PostgreSQL: the server checks
 * values against the list, conditions read them, the export writes them (issue 12, item 7).
 */
@ConsoleTest
class SharedOptionListsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    ExportService exports;
    @Autowired
    ConsoleOidcUserService users;

    private OneResponse response;

    @BeforeEach
    void swedenIsAsked() {
        SignIn.as(users, "secretariat");
        OptionList sectors = new OptionList("sectors", List.of(TemplateFixtures.option("IN SOME SECTORS",
                "In some sectors"), TemplateFixtures.option("1+", "More than one"), TemplateFixtures.option("none",
                "None")));
        var q1 = TemplateFixtures.question("q1_where", "1", "Where is it applied?", new AnswerSpec.SingleChoice(
                null, null, "sectors"), List.of());
        var q2 = TemplateFixtures.withVisibleWhen(TemplateFixtures.question("q2_which", "2", "Which ones?",
                new AnswerSpec.MultipleChoice(null, null, null, "sectors"), List.of()),
                new Condition.Equals("q1_where", TextNode.valueOf("IN SOME SECTORS")));
        TemplateDefinition definition = new TemplateDefinition(LocalizedText.en("Lists"), "CU 2026/30",
                LocalizedText.EMPTY, List.of(), List.of(new Section("s1", "I", LocalizedText.en("Sectors"),
                        LocalizedText.EMPTY, List.of(), List.of(q1, q2), null)), List.of(sectors));
        long version = TemplateFixtures.publish(templates, "LISTS", definition).id();
        response = OneResponse.sentToSweden(assignments, answers, version, "Lists");
        SignIn.as(users, "swe.focal");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void valuesOfTheListAreSavedConditionsReadThemAndTheExportWritesThem() throws Exception {
        assertThat(answers.save(response.assignment(), "q1_where", TextNode.valueOf("In some sectors"), 0))
                .as("a label is not a value").isInstanceOfSatisfying(SaveOutcome.Invalid.class,
                        invalid -> assertThat(invalid.problem()).isEqualTo("Choose one of the options."));
        assertThat(response.shown("q2_which")).isFalse();

        response.save("q1_where", TextNode.valueOf("IN SOME SECTORS"));
        response.save("q2_which", json("{\"selected\": [\"1+\"]}"));

        assertThat(response.shown("q2_which")).isTrue();
        assertThat(response.missing()).isEmpty();
        SignIn.as(users, "secretariat");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(List.of(response.campaign()), ExportFormat.CSV, out, rows -> { });
        List<List<String>> csv = Csv.parse(out.toString(StandardCharsets.UTF_8));
        List<String> header = csv.get(0);
        assertThat(csv.get(1).get(header.indexOf("q1_where"))).isEqualTo("In some sectors");
        assertThat(csv.get(1).get(header.indexOf("q2_which.1+"))).isEqualTo("Yes");
        assertThat(csv.get(1).get(header.indexOf("q2_which.none"))).as("not chosen").isEmpty();
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }
}
