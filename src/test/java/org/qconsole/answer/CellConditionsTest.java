package org.qconsole.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.dashboard.DashboardService;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.AnswerSpecParts.Column;
import org.qconsole.model.AnswerSpecParts.ColumnType;
import org.qconsole.model.Condition;
import org.qconsole.model.Item;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.Question;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.response.AnswerService;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.OneResponse;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateException;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Follow-ups on one cell of a grid ("if Some in the row for cattle"), on any row of a table and on any answer
 * but one, on PostgreSQL through the services: shown and counted for completion (the recorded figures too)
 * only while their condition holds, their hidden answers kept, and conditions that do not fit refused on publish.
 */
@ConsoleTest
class CellConditionsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final AnswerSpec.Grid HERDS = new AnswerSpec.Grid(
            List.of(new AnswerSpec.Row("cattle", LocalizedText.en("Cattle")),
                    new AnswerSpec.Row("pigs", LocalizedText.en("Pigs"))),
            List.of(new Column("extent", LocalizedText.en("Extent"), ColumnType.CHOICE,
                    List.of(TemplateFixtures.option("all", "All"), TemplateFixtures.option("some", "Some")))));
    private static final AnswerSpec.Table BODIES = new AnswerSpec.Table(List.of(
            new Column("type", LocalizedText.en("Type"), ColumnType.CHOICE, List.of(
                    TemplateFixtures.option("ministry", "Ministry"), TemplateFixtures.option("court", "Court"))),
            new Column("staff", LocalizedText.en("Staff"), ColumnType.NUMBER, null)), null, 5);

    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    DashboardService dashboards;
    @Autowired
    ConsoleOidcUserService users;

    private OneResponse sweden;

    @BeforeEach
    void swedenIsAskedAboutHerdsAndBodies() {
        SignIn.as(users, "secretariat");
        Question law = TemplateFixtures.question("q3_law", "3", "Is the law in force?", new AnswerSpec.SingleChoice(
                List.of(TemplateFixtures.option("yes", "Yes"), TemplateFixtures.option("partly", "Partly"),
                        TemplateFixtures.option("no", "No")), null), List.of());
        List<Item> items = List.of(
                TemplateFixtures.question("q1_herds", "1", "Herds checked", HERDS, List.of()),
                followUp("q1a_sectors", "In which sectors?", new Condition.GridCell("q1_herds", "cattle", "extent",
                        List.of(TextNode.valueOf("some")), null, null)),
                TemplateFixtures.question("q2_bodies", "2", "Bodies", BODIES, List.of()),
                followUp("q2a_large", "How are the large ones run?", new Condition.AnyRow("q2_bodies", "staff",
                        List.of(), Condition.Operator.GE, BigDecimal.TEN)),
                law,
                followUp("q3a_how", "How is it applied?", new Condition.AnsweredExcept("q3_law", List.of("no"))));
        long version = TemplateFixtures.publish(templates, "CELLS", definition(items)).id();
        sweden = OneResponse.sentToSweden(assignments, answers, version, "Cells");
        SignIn.as(users, "swe.focal");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aFollowUpOnAGridCellCountsWhileShownAndKeepsItsAnswerWhenHidden() throws Exception {
        assertThat(sweden.missing()).isEmpty();
        assertThat(recorded()).isEqualTo("0/0");

        sweden.save("q1_herds", json("{\"pigs\": {\"extent\": \"some\"}, \"cattle\": {\"extent\": \"all\"}}"));
        assertThat(sweden.shown("q1a_sectors")).as("Some in another row").isFalse();
        sweden.save("q1_herds", json("{\"pigs\": {\"extent\": \"some\"}, \"cattle\": {\"extent\": \"some\"}}"));
        assertThat(sweden.shown("q1a_sectors")).isTrue();
        assertThat(sweden.missing()).containsExactly("q1a_sectors");
        assertThat(recorded()).isEqualTo("0/1");

        sweden.save("q1a_sectors", TextNode.valueOf("Dairy"));
        assertThat(sweden.missing()).isEmpty();
        assertThat(recorded()).isEqualTo("1/1");

        sweden.save("q1_herds", json("{\"cattle\": {\"extent\": \"all\"}}"));
        assertThat(sweden.shown("q1a_sectors")).isFalse();
        assertThat(recorded()).as("a hidden answer is not counted").isEqualTo("0/0");
        assertThat(answers.open(sweden.assignment()).answers().get("q1a_sectors").value()).as("but kept")
                .isEqualTo(TextNode.valueOf("Dairy"));
    }

    @Test
    void aFollowUpOnAnyRowOfATableAndOnAnyAnswerButNo() throws Exception {
        sweden.save("q2_bodies", json("[{\"type\": \"court\", \"staff\": 4}]"));
        assertThat(sweden.shown("q2a_large")).isFalse();
        sweden.save("q2_bodies", json("[{\"type\": \"court\", \"staff\": 4}, {\"type\": \"ministry\", \"staff\": 12}]"));
        assertThat(sweden.shown("q2a_large")).as("the second row has 12 staff").isTrue();
        assertThat(sweden.missing()).containsExactly("q2a_large");

        assertThat(sweden.shown("q3a_how")).as("not before the law question is answered").isFalse();
        sweden.save("q3_law", TextNode.valueOf("partly"));
        assertThat(sweden.shown("q3a_how")).isTrue();
        sweden.save("q3_law", TextNode.valueOf("no"));
        assertThat(sweden.shown("q3a_how")).isFalse();
    }

    @Test
    void publishingRefusesCellConditionsThatDoNotFitTheirQuestion() {
        SignIn.as(users, "secretariat");
        List<Item> items = List.of(
                TemplateFixtures.question("q1_herds", "1", "Herds checked", HERDS, List.of()),
                followUp("q1a_sectors", "In which sectors?", new Condition.GridCell("q1_herds", "goats", "extent",
                        List.of(TextNode.valueOf("some")), null, null)),
                TemplateFixtures.question("q2_bodies", "2", "Bodies", BODIES, List.of()),
                followUp("q2a_large", "How are the large ones run?", new Condition.Or(List.of(
                        new Condition.AnyRow("q2_bodies", "type", List.of(), Condition.Operator.GE, BigDecimal.TEN),
                        new Condition.AnyRow("q2_bodies", "type", List.of(TextNode.valueOf("police")), null, null)))));

        TemplateException refused = catchThrowableOfType(TemplateException.class,
                () -> TemplateFixtures.publish(templates, "BADCELLS", definition(items)));

        assertThat(refused).isNotNull();
        assertThat(refused.problems()).extracting(Object::toString).containsExactlyInAnyOrder(
                "Question 1.a (q1a_sectors): reads row \"goats\" of q1_herds, but it has no such row",
                "Question 2.a (q2a_large): compares column type of q2_bodies as a number, but it is not a number column",
                "Question 2.a (q2a_large): asks whether column type of q2_bodies is \"police\", but it has no such option");
    }

    private static Question followUp(String key, String text, Condition visibleWhen) {
        String number = key.substring(1, 2) + "." + key.charAt(2);
        return new Question(key, number, LocalizedText.en(text), LocalizedText.EMPTY, new AnswerSpec.ShortText(null),
                true, null, visibleWhen, List.of(), List.of());
    }

    private static TemplateDefinition definition(List<Item> items) {
        return new TemplateDefinition(LocalizedText.en("Cells"), "CU 2026/14", LocalizedText.EMPTY, List.of(),
                List.of(new Section("s1", "I", LocalizedText.en("Herds"), LocalizedText.EMPTY, List.of(), items, null)));
    }

    /** Sweden's completion as recorded for the dashboard: answered / required. */
    private String recorded() {
        SignIn.as(users, "manager");
        try {
            var country = dashboards.dashboard(sweden.campaign()).countries().get(0);
            return country.answered() + "/" + country.required();
        } finally {
            SignIn.as(users, "swe.focal");
        }
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }
}
