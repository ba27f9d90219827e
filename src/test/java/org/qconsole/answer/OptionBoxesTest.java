package org.qconsole.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

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
import org.qconsole.dashboard.Compilation;
import org.qconsole.dashboard.DashboardService;
import org.qconsole.export.Csv;
import org.qconsole.export.ExportFormat;
import org.qconsole.export.ExportService;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.model.AnswerSpecParts.Option;
import org.qconsole.model.AnswerSpecParts.Specify;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Condition;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.response.AnswerService;
import org.qconsole.response.ResponseHistoryService;
import org.qconsole.response.SaveOutcome;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.OneResponse;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateException;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A box beside an option ("Yes, to some extent: which sectors?"), on PostgreSQL through the services: its
 * words are saved with the answer, a required one counts for completion, a forged one is refused in words,
 * a condition on the choice still reads it, and history, compilation and export show the words.
 */
@ConsoleTest
class OptionBoxesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Specify WHICH_SECTORS = new Specify(LocalizedText.en("Which sectors?"), true);

    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    ResponseHistoryService histories;
    @Autowired
    DashboardService dashboards;
    @Autowired
    ExportService exports;
    @Autowired
    org.qconsole.export.PdfService pdfs;
    @Autowired
    ConsoleOidcUserService users;

    private OneResponse response;
    private long campaign;
    private long sweden;

    @BeforeEach
    void swedenIsAskedWithBoxes() {
        SignIn.as(users, "secretariat");
        var inPart = TemplateFixtures.withVisibleWhen(TemplateFixtures.question("q3_plan", "3",
                "When will the rest follow?", new AnswerSpec.ShortText(null), List.of()),
                new Condition.Equals("q1_law", TextNode.valueOf("partly")));
        var q1 = new org.qconsole.model.Question("q1_law", "1", LocalizedText.en("Is the law in force?"),
                LocalizedText.EMPTY, new AnswerSpec.SingleChoice(List.of(
                        TemplateFixtures.option("yes", "Yes"),
                        TemplateFixtures.option("partly", "Yes, to some extent").withSpecify(WHICH_SECTORS),
                        TemplateFixtures.option("no", "No")), null), true, null, null, List.of(), List.of());
        var q2 = TemplateFixtures.question("q2_by", "2", "Who checks it?", new AnswerSpec.MultipleChoice(List.of(
                TemplateFixtures.option("ministry", "Ministry"),
                TemplateFixtures.option("audit", "Audit office").withSpecify(new Specify(null, false)),
                new Option("none", LocalizedText.en("Nobody"), true)), null), List.of());
        Specify share = new Specify(LocalizedText.en("Share of requests"), false, new AnswerSpec.NumberBox(true,
                java.math.BigDecimal.ZERO, java.math.BigDecimal.valueOf(100), LocalizedText.en("%")));
        var q4 = TemplateFixtures.question("q4_channels", "4", "Which channels?", new AnswerSpec.MultipleChoice(
                List.of(TemplateFixtures.option("email", "Email").withSpecify(share),
                        TemplateFixtures.option("post", "Post").withSpecify(share)), null), List.of());
        TemplateDefinition definition = new TemplateDefinition(LocalizedText.en("Boxes"), "CU 2026/12",
                LocalizedText.EMPTY, List.of(), List.of(new Section("s1", "I", LocalizedText.en("Law"),
                        LocalizedText.EMPTY, List.of(), List.of(q1, q2, inPart, q4), null)));
        long version = TemplateFixtures.publish(templates, "BOXES", definition).id();
        response = OneResponse.sentToSweden(assignments, answers, version, "Boxes");
        campaign = response.campaign();
        sweden = response.assignment();
        SignIn.as(users, "swe.focal");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aRequiredBoxCountsOnlyOnceFilledAndAConditionStillReadsTheOption() throws Exception {
        save("q1_law", TextNode.valueOf("partly"));
        assertThat(missing()).as("the required box is empty").contains("q1_law");
        assertThat(shown("q3_plan")).as("condition on the option").isTrue();

        save("q1_law", json("{\"selected\": \"partly\", \"specify\": {\"partly\": \"Customs and ports\"}}"));

        assertThat(missing()).doesNotContain("q1_law");
        assertThat(shown("q3_plan")).as("still the option chosen").isTrue();
        assertThat(answers.open(sweden).answers().get("q1_law").value())
                .isEqualTo(json("{\"selected\": \"partly\", \"specify\": {\"partly\": \"Customs and ports\"}}"));
        assertThat(histories.history(sweden, Language.EN).entries()).anySatisfy(entry ->
                assertThat(entry.after()).isEqualTo("Yes, to some extent (Customs and ports)"));
    }

    @Test
    void forgedWordsAreRefusedInTheFormsWords() throws Exception {
        assertRefused("q1_law", "{\"selected\": \"yes\", \"specify\": {\"partly\": \"x\"}}",
                "Details were given for “Yes, to some extent”, which is not chosen.");
        assertRefused("q1_law", "{\"selected\": \"no\", \"specify\": {\"no\": \"x\"}}",
                "Only some options have a box for details; this one has none.");
        assertRefused("q1_law", "{\"selected\": \"maybe\"}", "Choose one of the options.");
        assertRefused("q1_law", "{\"selected\": \"partly\", \"specify\": \"x\"}",
                "Write the details in the boxes beside the options chosen.");
        assertRefused("q2_by", "{\"selected\": [\"audit\"], \"specify\": {\"audit\": \"" + "a".repeat(501) + "\"}}",
                "Audit office: Enter at most 500 characters (this has 501).");
        assertRefused("q4_channels", "{\"selected\": [\"email\"], \"specify\": {\"email\": 101}}",
                "Email: Enter a number from 0 to 100.");
        assertRefused("q4_channels", "{\"selected\": [\"email\"], \"specify\": {\"email\": \"sixty\"}}",
                "Email: Enter a number.");
        assertRefused("q2_by", "{\"selected\": [\"ministry\"], \"specify\": {\"ministry\": \"x\"}}",
                "Only some options have a box for details; this one has none.");
        assertThat(answers.open(sweden).answers()).as("nothing written").isEmpty();
    }

    @Test
    void compilationAndExportShowTheWords() throws Exception {
        save("q1_law", json("{\"selected\": \"partly\", \"specify\": {\"partly\": \"Customs\"}}"));
        save("q2_by", json("{\"selected\": [\"ministry\", \"audit\"], \"specify\": {\"audit\": \"Court of Accounts\"}}"));
        save("q4_channels", json("{\"selected\": [\"email\", \"post\"], \"specify\": {\"email\": 60}}"));
        SignIn.as(users, "secretariat");

        assertThat(dashboards.compile(campaign, "q4_channels", Language.EN).rows()).singleElement()
                .satisfies(row -> assertThat(row.answer()).isEqualTo("Email (60 %); Post"));
        Compilation byLaw = dashboards.compile(campaign, "q1_law", Language.EN);
        assertThat(byLaw.rows()).singleElement().satisfies(row -> {
            assertThat(row.selected()).containsExactly("partly");
            assertThat(row.answer()).isEqualTo("Yes, to some extent (Customs)");
            assertThat(row.other()).isEqualTo("Yes, to some extent: Customs");
        });
        assertThat(dashboards.compile(campaign, "q2_by", Language.EN).counts(dashboards.compile(campaign, "q2_by", Language.EN).rows()))
                .containsEntry("Audit office", 1L).containsEntry("Ministry", 1L);

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(List.of(campaign), ExportFormat.CSV, out, rows -> { });
        List<List<String>> csv = Csv.parse(out.toString(StandardCharsets.UTF_8));
        List<String> header = csv.get(0);
        List<String> sweden = csv.get(1);
        assertThat(sweden.get(header.indexOf("q1_law"))).isEqualTo("Yes, to some extent");
        assertThat(sweden.get(header.indexOf("q1_law.partly.specify"))).isEqualTo("Customs");
        assertThat(sweden.get(header.indexOf("q2_by.audit"))).isEqualTo("Yes");
        assertThat(sweden.get(header.indexOf("q2_by.audit.specify"))).isEqualTo("Court of Accounts");
        assertThat(sweden.get(header.indexOf("q4_channels.email.specify"))).as("a number").isEqualTo("60");
        assertThat(sweden.get(header.indexOf("q4_channels.post.specify"))).isEmpty();
    }

    @Test
    void thePdfsPrintTheBoxAndTheWordsInIt() throws Exception {
        save("q1_law", json("{\"selected\": \"partly\", \"specify\": {\"partly\": \"Customs\"}}"));

        assertThat(pdfText(pdfs.blankForAssignment(sweden, Language.EN))).contains("Yes, to some extent Which sectors?:");
        assertThat(pdfText(pdfs.response(sweden, Language.EN))).contains("Yes, to some extent (Customs)");
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aBoxOnAGridsChoiceColumnIsRefusedOnImport() {
        SignIn.as(users, "secretariat");
        var grid = new AnswerSpec.Grid(List.of(new AnswerSpec.Row("cattle", LocalizedText.en("Cattle"))),
                List.of(new AnswerSpec.Column("extent", LocalizedText.en("Extent"), AnswerSpec.ColumnType.CHOICE,
                        List.of(TemplateFixtures.option("all", "All"),
                                TemplateFixtures.option("some", "Some").withSpecify(WHICH_SECTORS)))));
        TemplateDefinition definition = new TemplateDefinition(LocalizedText.en("Grid boxes"), "CU 2026/13",
                LocalizedText.EMPTY, List.of(), List.of(new Section("s1", "I", LocalizedText.en("Herds"),
                        LocalizedText.EMPTY, List.of(), List.of(TemplateFixtures.question("q1_herds", "1", "Herds",
                                grid, List.of())), null)));

        TemplateException refused = catchThrowableOfType(TemplateException.class,
                () -> TemplateFixtures.publish(templates, "GRIDBOX", definition));

        assertThat(refused).isNotNull();
        assertThat(refused.problems()).extracting(Object::toString).anySatisfy(problem -> assertThat(problem)
                .contains("column extent gives option some a box to specify"));
    }

    private void save(String key, JsonNode value) {
        response.save(key, value);
    }

    private void assertRefused(String key, String value, String message) throws Exception {
        assertThat(answers.save(sweden, key, json(value), 0)).isInstanceOfSatisfying(SaveOutcome.Invalid.class,
                invalid -> assertThat(invalid.problem()).isEqualTo(message));
    }

    private List<String> missing() {
        return response.missing();
    }

    private boolean shown(String key) {
        return response.shown(key);
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }
}
