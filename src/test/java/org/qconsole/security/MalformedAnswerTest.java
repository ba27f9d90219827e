package org.qconsole.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.TextNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.export.ExportFormat;
import org.qconsole.export.ExportService;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.response.AnswerService;
import org.qconsole.response.SaveOutcome;
import org.qconsole.response.StoredAnswer;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.SignIn;
import org.qconsole.template.DraftEditor;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.qconsole.template.TemplateVersion;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Answers of the wrong shape, size or range, sent straight to the service as a forged request would
 * send them: each is refused with a message in words, and the response stays exactly as it was.
 */
@ConsoleTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MalformedAnswerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    ExportService exports;
    @Autowired
    org.qconsole.dashboard.DashboardService dashboards;
    @Autowired
    ConsoleOidcUserService users;

    private long sweden;

    @BeforeAll
    void swedenHasAQuestionnaireOfEveryKindAndALaterVersionExists() {
        SignIn.as(users, "secretariat");
        TemplateVersion v1 = TemplateFixtures.publish(templates, "ATTACK-IN", TemplateFixtures.withPluginSections());
        TemplateVersion v2 = templates.newDraftFrom(v1.id());
        var later = DraftEditor.addItem(v2.definition(), DraftEditor.Path.ofSection(0), 0,
                TemplateFixtures.question("q10_new", "10", "Only in v2", new AnswerSpec.ShortText(100), List.of()));
        templates.publish(templates.saveDraft(v2.id(), v2.revision(), later).id());
        long campaign = assignments.create(new NewCampaign(v1.id(), "Malformed answers", "",
                LocalDate.now().plusDays(20), Set.of("SWE"))).id();
        sweden = assignments.assignments(campaign).get(0).id();
        SignIn.out();
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    static Stream<Arguments> refusedAnswers() {
        List<Arguments> cases = new ArrayList<>();
        add(cases, "short text as an object", "q3_name", json("{\"text\": \"Police\"}"), "Enter text.");
        add(cases, "short text as a list", "q3_name", json("[\"Police\"]"), "Enter text.");
        add(cases, "short text as a number", "q3_name", json("42"), "Enter text.");
        add(cases, "short text one character too long", "q3_name", text(201),
                "Enter at most 200 characters (this has 201).");
        add(cases, "long text one character too long", "q4_details", text(5001),
                "Enter at most 5000 characters (this has 5001).");
        add(cases, "an answer over the console's size limit", "q4_details", text(200_001),
                "This answer is longer than 200000 characters.");
        add(cases, "yes/no answered maybe", "q1_used", TextNode.valueOf("maybe"), "Choose Yes or No.");
        add(cases, "yes/no answered true", "q1_used", json("true"), "Choose Yes or No.");
        add(cases, "an unknown option", "q2_tool", TextNode.valueOf("c"), "Choose one of the options.");
        add(cases, "an option label instead of its value", "q2_tool", TextNode.valueOf("Tool A"),
                "Choose one of the options.");
        add(cases, "multiple choice with an unknown option", "q1a_which", json("{\"selected\": [\"fax\"]}"),
                "Choose among the options.");
        add(cases, "multiple choice selected as a string", "q1a_which", json("{\"selected\": \"email\"}"),
                "Choose among the options.");
        add(cases, "multiple choice as a plain string", "q1a_which", TextNode.valueOf("email"),
                "Choose among the options.");
        add(cases, "\"Other\" text too long", "q1a_which", json("{\"other\": \"" + "o".repeat(501) + "\"}"),
                "Enter at most 500 characters (this has 501).");
        add(cases, "\"Other\" text as an object", "q1a_which", json("{\"other\": {\"x\": 1}}"), "Enter text.");
        add(cases, "number above the maximum", "q5_cases", json("100001"), "Enter a number from 0 to 100000.");
        add(cases, "number below the minimum", "q5_cases", json("-1"), "Enter a number from 0 to 100000.");
        add(cases, "decimal for a whole number", "q5_cases", json("1.5"), "Enter a whole number.");
        add(cases, "number as text", "q5_cases", TextNode.valueOf("12"), "Enter a number.");
        add(cases, "number NaN", "q5_cases", DoubleNode.valueOf(Double.NaN), "Enter a number.");
        add(cases, "number Infinity", "q5_cases", DoubleNode.valueOf(Double.POSITIVE_INFINITY), "Enter a number.");
        add(cases, "a number with a million digits", "q5_cases", new com.fasterxml.jackson.databind.node.DecimalNode(new java.math.BigDecimal("1e1000000")),
                "Enter a number from 0 to 100000.");
        add(cases, "date before the minimum", "q6_since", TextNode.valueOf("1999-12-31"),
                "Enter a date on or after 2000-01-01.");
        add(cases, "date that does not exist", "q6_since", TextNode.valueOf("2024-02-30"),
                "Enter a date as year-month-day, e.g. 2024-03-31.");
        add(cases, "date written day first", "q6_since", TextNode.valueOf("31/12/2024"),
                "Enter a date as year-month-day, e.g. 2024-03-31.");
        add(cases, "date as a number", "q6_since", json("20240101"), "Enter a date as year-month-day, e.g. 2024-03-31.");
        add(cases, "grid with an unknown row", "q7_requests", json("{\"y1999\": {\"sent\": 1}}"),
                "This grid has no row \"y1999\".");
        add(cases, "grid with an unknown column", "q7_requests", json("{\"y2022\": {\"zz\": 1}}"),
                "There is no column \"zz\".");
        add(cases, "grid number cell with text", "q7_requests", json("{\"y2022\": {\"sent\": \"many\"}}"),
                "Sent: Enter a number.");
        add(cases, "grid number cell NaN", "q7_requests", grid("sent", DoubleNode.valueOf(Double.NaN)),
                "Sent: Enter a number.");
        add(cases, "grid checkbox cell with text", "q7_requests", json("{\"y2022\": {\"secure\": \"yes\"}}"),
                "Secure channel: Tick or untick the box.");
        add(cases, "grid as a list", "q7_requests", json("[]"), "This grid's answer is not readable.");
        add(cases, "table with too many rows", "q8_authorities", rows(11), "Enter at most 10 rows (this has 11).");
        add(cases, "table with an unknown column", "q8_authorities", json("[{\"zz\": \"x\"}]"),
                "Row 1: There is no column \"zz\".");
        add(cases, "table with an unknown option", "q8_authorities", json("[{\"kind\": \"army\"}]"),
                "Row 1: Kind: Choose one of the options.");
        add(cases, "table row as text", "q8_authorities", json("[\"Police\"]"),
                "Row 1: A row of this answer is not readable.");
        add(cases, "table as an object", "q8_authorities", json("{\"name\": \"Police\"}"),
                "This table's answer is not readable.");
        add(cases, "table text cell too long", "q8_authorities", json("[{\"name\": \"" + "n".repeat(501) + "\"}]"),
                "Row 1: Name: Enter at most 500 characters (this has 501).");
        add(cases, "text with a NUL character", "q3_name", TextNode.valueOf("Police\u0000Authority"),
                "Remove the invisible control character (NUL) from this answer.");
        add(cases, "contact details as text", "s2_contact", TextNode.valueOf("Ms Smith"),
                "The contact details cannot be read.");
        add(cases, "contact details with an unknown field", "s2_contact", json("{\"shoe\": \"42\"}"),
                "There is no field \"shoe\".");
        add(cases, "contact e-mail not an address", "s2_contact", json("{\"email\": \"not-an-address\"}"),
                "Enter an e-mail address such as name@ministry.gov.");
        add(cases, "contact name too long", "s2_contact", json("{\"name\": \"" + "n".repeat(301) + "\"}"),
                "Name: enter at most 300 characters of text.");
        add(cases, "contact name as an object", "s2_contact", json("{\"name\": {\"first\": \"A\"}}"),
                "Name: enter at most 300 characters of text.");
        add(cases, "contact language not a UN language", "s2_contact", json("{\"language\": \"xx\"}"),
                "Choose one of the six UN languages.");
        add(cases, "contact phone as words", "s2_contact", json("{\"phone\": \"call me\"}"),
                "Enter a phone number with digits, spaces and an optional +.");
        add(cases, "ICT inventory as a list", "s3_inventory", json("[]"), "The inventory cannot be read.");
        add(cases, "ICT inventory over its maximum", "s3_inventory", json("{\"tools\": [{}, {}, {}, {}]}"),
                "List at most 3 tools.");
        add(cases, "ICT inventory with an unknown category", "s3_inventory",
                json("{\"tools\": [{\"category\": \"magic\"}]}"), "Tool 1: choose one of the categories.");
        add(cases, "ICT inventory usefulness out of range", "s3_inventory",
                json("{\"tools\": [{\"usefulness\": 9}]}"), "Tool 1: rate usefulness from 1 to 5.");
        add(cases, "GlobE answer as text", "s4_globe", TextNode.valueOf("yes"), "The answer cannot be read.");
        add(cases, "GlobE answer for an unknown authority", "s4_globe", json("{\"police\": {\"member\": \"yes\"}}"),
                "There is no authority \"police\" in this section.");
        add(cases, "GlobE answer with an unknown choice", "s4_globe", json("{\"fiu\": {\"member\": \"perhaps\"}}"),
                "Choose among the options given.");
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedAnswers")
    void aMalformedAnswerIsRefusedInWordsAndNothingIsWritten(String what, String key, JsonNode value,
            String message) {
        SignIn.as(users, "swe.focal");
        Snapshot before = snapshot();

        SaveOutcome outcome = answers.save(sweden, key, value, 0);

        assertThat(outcome).isInstanceOfSatisfying(SaveOutcome.Invalid.class, invalid -> {
            assertThat(invalid.problem()).isEqualTo(message);
            ClearMessage.assertClear(invalid.problem());
        });
        assertNothingWritten(before);
    }

    static Stream<Arguments> refusedKeys() {
        return Stream.of(
                Arguments.of("a question key that does not exist", "q99_nothing", 0,
                        "This questionnaire has no question \"q99_nothing\"."),
                Arguments.of("a question key of a later version", "q10_new", 0,
                        "This questionnaire has no question \"q10_new\"."),
                Arguments.of("a key with SQL in it", "q3_name'; DELETE FROM answer; --", 0,
                        "This questionnaire has no question \"q3_name'; DELETE FROM answer; --\"."),
                Arguments.of("a revision never given out", "q3_name", 7,
                        "This answer was changed meanwhile or does not exist yet: reload the questionnaire."),
                Arguments.of("a negative revision", "q4_details", -1,
                        "This answer was changed meanwhile or does not exist yet: reload the questionnaire."));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("refusedKeys")
    void aForgedKeyOrRevisionIsRefusedInWords(String what, String key, int revision, String message) {
        SignIn.as(users, "swe.focal");
        Snapshot before = snapshot();

        AssignmentException refused = catchThrowableOfType(AssignmentException.class,
                () -> answers.save(sweden, key, TextNode.valueOf("x"), revision));

        assertThat(refused).as("refused").isNotNull();
        assertThat(refused.getMessage()).isEqualTo(message);
        ClearMessage.assertClear(refused.getMessage());
        assertNothingWritten(before);
    }

    /**
     * The answer of a hidden question is kept by design (it comes back when its condition holds again,
     * see Visibility): a forged one is stored, but counts as not given and is never exported.
     */
    @Test
    void anAnswerToAHiddenQuestionCountsAsNotGivenAndIsNotExported() {
        SignIn.as(users, "swe.focal");
        answers.save(sweden, "q1a_which", json("{\"selected\": [\"email\"], \"other\": \"hidden secret\"}"),
                revisions().getOrDefault("q1a_which", 0));

        SignIn.as(users, "secretariat");
        var out = new java.io.ByteArrayOutputStream();
        var assignment = assignments.assignment(sweden);
        exports.export(List.of(assignment.campaignId()), ExportFormat.CSV, out, n -> { });
        assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("hidden secret");
        assertThat(dashboards.compile(assignment.campaignId(), "q1a_which", Language.EN).rows())
                .allSatisfy(row -> assertThat(row.answered()).as("counts as not given").isFalse());
    }

    private record Snapshot(Map<String, Integer> revisions, AssignmentStatus status) {
    }

    private Snapshot snapshot() {
        return new Snapshot(revisions(), answers.open(sweden).assignment().status());
    }

    private Map<String, Integer> revisions() {
        return answers.open(sweden).answers().values().stream()
                .collect(Collectors.toMap(StoredAnswer::questionKey, StoredAnswer::revision));
    }

    private void assertNothingWritten(Snapshot before) {
        SignIn.as(users, "swe.focal");
        assertThat(snapshot()).as("no answer written or changed, not even marked in progress").isEqualTo(before);
    }

    private static void add(List<Arguments> cases, String what, String key, JsonNode value, String message) {
        cases.add(Arguments.of(what, key, value, message));
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(text, e);
        }
    }

    private static JsonNode text(int length) {
        return TextNode.valueOf("x".repeat(length));
    }

    private static JsonNode grid(String column, JsonNode cell) {
        var grid = NODES.objectNode();
        grid.putObject("y2022").set(column, cell);
        return grid;
    }

    private static JsonNode rows(int count) {
        var rows = NODES.arrayNode();
        for (int i = 0; i < count; i++) {
            rows.addObject().put("name", "Authority " + i);
        }
        return rows;
    }
}
