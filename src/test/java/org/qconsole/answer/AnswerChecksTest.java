package org.qconsole.answer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.CompareWith;
import org.qconsole.model.FormatType;
import org.qconsole.model.Relation;
import org.qconsole.model.AnswerSpecParts.Specify;
import org.qconsole.model.TextFormat;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.questionnaire.AnswerProblem;
import org.qconsole.questionnaire.MissingAnswer;
import org.qconsole.response.AnswerService;
import org.qconsole.response.ResponseWorkflow;
import org.qconsole.response.SaveOutcome;
import org.qconsole.response.SubmissionRefused;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.SignIn;
import org.qconsole.template.TemplateException;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The checks a designer puts on answers (issue 12, items 2 and 8), on PostgreSQL through the services: a text's
 * format with the designer's message, the numbers of a choice's boxes that must total 100, and "of which" at most
 * the total, refused by the server at save and at submission; and templates whose checks cannot work refused on
 * import with every problem listed.
 */
@ConsoleTest
public class AnswerChecksTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    public static final LocalizedText CASE_MESSAGE = LocalizedText.en("Write the case number as ABC-1234.")
            .with(Language.FR, "Écrivez le numéro d'affaire sous la forme ABC-1234.");
    public static final LocalizedText OF_WHICH_MESSAGE = LocalizedText.en("Of which cannot be more than the total.")
            .with(Language.ES, "El desglose no puede superar el total.");

    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    ResponseWorkflow workflow;
    @Autowired
    org.qconsole.export.PdfService pdfs;
    @Autowired
    ConsoleOidcUserService users;

    private long sweden;

    /** The questions of the tests, in reading order; the test of the fill-in reads them too. */
    public static TemplateDefinition checked() {
        Specify share = new Specify(LocalizedText.en("Share"), false, new AnswerSpec.NumberBox(false, BigDecimal.ZERO,
                BigDecimal.valueOf(100), LocalizedText.en("%")));
        return new TemplateDefinition(LocalizedText.en("Checks"), "CU 2026/20", LocalizedText.EMPTY, List.of(),
                List.of(new Section("s1", "I", LocalizedText.en("Contacts"), LocalizedText.EMPTY, List.of(), List.of(
                        TemplateFixtures.question("q1_email", "1", "E-mail of the authority", new AnswerSpec.ShortText(
                                null, new TextFormat(FormatType.EMAIL, null, null)), List.of()),
                        TemplateFixtures.question("q2_case", "2", "Case number", new AnswerSpec.ShortText(null,
                                new TextFormat(FormatType.PATTERN, "[A-Z]{3}-[0-9]{4}", CASE_MESSAGE)), List.of()),
                        TemplateFixtures.question("q3_total", "3", "Requests received", new AnswerSpec.NumberAnswer(
                                true, BigDecimal.ZERO, null, null), List.of()),
                        TemplateFixtures.question("q4_granted", "3.a", "Of which granted", new AnswerSpec.NumberAnswer(
                                true, BigDecimal.ZERO, null, null, new CompareWith("q3_total", Relation.LE,
                                        OF_WHICH_MESSAGE)), List.of()),
                        TemplateFixtures.required(TemplateFixtures.question("q5_channels", "4", "Channels used",
                                new AnswerSpec.MultipleChoice(List.of(
                                        TemplateFixtures.option("email", "Email").withSpecify(share),
                                        TemplateFixtures.option("post", "Post").withSpecify(share)), null,
                                        BigDecimal.valueOf(100)), List.of()))), null)));
    }


    @BeforeEach
    void swedenIsAsked() {
        SignIn.as(users, "secretariat");
        long version = TemplateFixtures.publish(templates, "CHECKS", checked()).id();
        long campaign = assignments.create(new NewCampaign(version, "Checks " + version, "",
                LocalDate.now().plusDays(20), Set.of("SWE"))).id();
        sweden = assignments.assignments(campaign).get(0).id();
        SignIn.as(users, "swe.focal");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aForgedEmailOrCaseNumberIsRefusedWithTheFormsMessage() {
        assertRefused("q1_email", TextNode.valueOf("not an address"), TextFormats.EMAIL_MESSAGE);
        assertRefused("q1_email", TextNode.valueOf("two@at@example.org"), TextFormats.EMAIL_MESSAGE);
        assertRefused("q2_case", TextNode.valueOf("abc-1234"), "Write the case number as ABC-1234.");
        assertRefused("q2_case", TextNode.valueOf("ABC-1234 and more"), "Write the case number as ABC-1234.");
        assertThat(answers.open(sweden).answers()).as("nothing written").isEmpty();

        save("q1_email", TextNode.valueOf("mla@justice.gov.se"));
        save("q2_case", TextNode.valueOf(" ABC-1234 "));

        assertThat(answers.open(sweden).answers().get("q2_case").value()).as("stored as given")
                .isEqualTo(TextNode.valueOf(" ABC-1234 "));
    }

    @Test
    void theNumbersOfTheBoxesMustTotalOnceEveryChosenBoxHasOne() throws Exception {
        assertRefused("q5_channels", json("{\"selected\": [\"email\", \"post\"], \"specify\": {\"email\": 60, \"post\": 30}}"),
                "The numbers must total 100; they total 90.");

        save("q5_channels", json("{\"selected\": [\"email\", \"post\"], \"specify\": {\"email\": 60}}"));
        assertThat(missing()).as("the total is not checked yet; with a box empty the question is not complete")
                .contains("q5_channels");

        save("q5_channels", json("{\"selected\": [\"email\", \"post\"], \"specify\": {\"email\": 60, \"post\": 40}}"));
        assertThat(missing()).doesNotContain("q5_channels");
        save("q5_channels", json("{\"selected\": [\"post\"], \"specify\": {\"post\": 100}}"));
    }

    @Test
    void ofWhichAboveTheTotalIsRefusedAtSaveAndAtSubmission() throws Exception {
        save("q5_channels", json("{\"selected\": [\"post\"], \"specify\": {\"post\": 100}}"));
        save("q3_total", IntNode.valueOf(10));
        assertRefused("q4_granted", IntNode.valueOf(12), "Of which cannot be more than the total.");
        save("q4_granted", IntNode.valueOf(8));

        save("q3_total", IntNode.valueOf(5)); // right on its own: the comparison is on "of which"

        SubmissionRefused refused = catchThrowableOfType(SubmissionRefused.class, () -> workflow.submit(sweden));
        assertThat(refused).as("submission refused").isNotNull();
        assertThat(refused.getMessage()).isEqualTo("1 answer needs correcting.");
        assertThat(refused.problems()).extracting(AnswerProblem::questionKey, AnswerProblem::number,
                p -> p.problem().in(Language.EN)).containsExactly(org.assertj.core.groups.Tuple.tuple("q4_granted",
                        "3.a", "Of which cannot be more than the total."));

        save("q4_granted", IntNode.valueOf(5));
        assertThat(workflow.submit(sweden).status()).isEqualTo(AssignmentStatus.SUBMITTED);
    }

    @Test
    void theBlankFormPrintsTheChecks() throws Exception {
        String blank = pdfText(pdfs.blankForAssignment(sweden, Language.FR));

        assertThat(blank).contains("Écrivez le numéro d'affaire sous la forme ABC-1234.", TextFormats.EMAIL_MESSAGE,
                "La somme des nombres doit être égale à 100.", "Of which cannot be more than the total.");
    }

    @Test
    void checksThatCannotWorkAreRefusedOnImportEachNamingItsQuestion() {
        SignIn.as(users, "secretariat");
        String file = """
                {"format": "questionnaire-console/template", "formatVersion": 1, "template": {"code": "BADCHECKS-%s"},
                 "version": {"title": {"en": "Bad checks"}, "sections": [{"key": "s1", "title": {"en": "One"}, "items": [
                  {"type": "question", "key": "q1_name", "text": {"en": "Name"}, "answer": {"kind": "shortText"}},
                  {"type": "question", "key": "q2_code", "text": {"en": "Code"},
                   "answer": {"kind": "shortText", "format": {"type": "pattern", "pattern": "([A-Z]"}}},
                  {"type": "question", "key": "q3_slow", "text": {"en": "Slow"},
                   "answer": {"kind": "shortText", "format": {"type": "pattern", "pattern": "(.*a){12}",
                              "message": {"en": "Some a, then b."}}}},
                  {"type": "question", "key": "q4_before", "text": {"en": "Before"},
                   "answer": {"kind": "number", "compareWith": {"question": "q6_total", "operator": "le"}}},
                  {"type": "question", "key": "q5_words", "text": {"en": "Words"},
                   "answer": {"kind": "number", "compareWith": {"question": "q1_name", "operator": "le"}}},
                  {"type": "question", "key": "q6_total", "text": {"en": "Total"},
                   "answer": {"kind": "number", "compareWith": {"question": "q9_none", "operator": "ge"}}},
                  {"type": "question", "key": "q7_shares", "text": {"en": "Shares"},
                   "answer": {"kind": "multipleChoice", "total": 100, "options": [
                     {"value": "a", "label": {"en": "A"}, "specify": {}}]}}]}]}}
                """.formatted(java.util.UUID.randomUUID().toString().substring(0, 8));

        TemplateException refused = catchThrowableOfType(TemplateException.class,
                () -> templates.importFile(file.getBytes(StandardCharsets.UTF_8)));

        assertThat(refused).as("the import is refused").isNotNull();
        assertThat(refused.problems()).extracting(Object::toString).anySatisfy(p -> assertThat(p)
                .contains("(q2_code)", "the pattern is not a valid regular expression"))
                .anySatisfy(p -> assertThat(p).contains("(q2_code)", "a pattern without a message"))
                .anySatisfy(p -> assertThat(p).contains("(q3_slow)", "the pattern takes too long to check"))
                .anySatisfy(p -> assertThat(p).contains("(q4_before)", "q6_total, which comes later"))
                .anySatisfy(p -> assertThat(p).contains("(q5_words)", "q1_name, which is not a number question"))
                .anySatisfy(p -> assertThat(p).contains("(q6_total)", "\"q9_none\", which is not a question"))
                .anySatisfy(p -> assertThat(p).contains("(q7_shares)", "must total 100, but none of its options"
                        + " has a box that takes a number"));
    }

    private void save(String key, JsonNode value) {
        int revision = answers.open(sweden).answers().containsKey(key)
                ? answers.open(sweden).answers().get(key).revision() : 0;
        assertThat(answers.save(sweden, key, value, revision)).as(key + " " + value).isInstanceOf(SaveOutcome.Saved.class);
    }

    private void assertRefused(String key, JsonNode value, String message) {
        int revision = answers.open(sweden).answers().containsKey(key)
                ? answers.open(sweden).answers().get(key).revision() : 0;
        assertThat(answers.save(sweden, key, value, revision)).as(key + " " + value)
                .isInstanceOfSatisfying(SaveOutcome.Invalid.class, invalid -> assertThat(invalid.problem())
                        .isEqualTo(message));
    }

    private List<String> missing() {
        return workflow.missingAnswers(sweden).stream().map(MissingAnswer::questionKey).toList();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (var document = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            return new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static JsonNode json(String text) throws Exception {
        return JSON.readTree(text);
    }
}
