package org.qconsole.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Answers;
import org.qconsole.model.Condition;
import org.qconsole.model.Footnote;
import org.qconsole.model.Item;
import org.qconsole.model.Question;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.template.model.TemplateDocument;
import org.qconsole.template.model.TemplateJson;
import org.qconsole.model.TextBlock;

/**
 * The seed template {@code templates/ict-questionnaire-2023.json} encodes the annex to circular
 * CU 2023/187/DTA/CEB/CSS (the ICT questionnaire) faithfully: same sections, numbers, wording, options,
 * footnotes and "If yes" conditions, and none of the answers of the reference copy.
 */
class SeedQuestionnaireTest {

    private static final String RESOURCE = "/templates/ict-questionnaire-2023.json";

    private static String json;
    private static TemplateDocument document;
    private static TemplateDefinition definition;
    private static Map<String, Question> byNumber;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = SeedQuestionnaireTest.class.getResourceAsStream(RESOURCE)) {
            assertThat(in).as(RESOURCE + " on the classpath").isNotNull();
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        document = TemplateJson.readDocument(json);
        definition = document.version();
        byNumber = definition.questions().stream().collect(Collectors.toMap(Question::number, Function.identity()));
    }

    @Test
    void envelopeAndTitle() {
        assertThat(document.format()).isEqualTo("questionnaire-console/template").isEqualTo(TemplateDocument.FORMAT);
        assertThat(document.formatVersion()).isEqualTo(1);
        assertThat(document.template().code()).isEqualTo("ICT-2023");
        assertThat(definition.circularReference()).isEqualTo("CU 2023/187/DTA/CEB/CSS");
        assertThat(definition.title().english()).isEqualTo("Questionnaire on the use of information and "
                + "communication technologies for international cooperation and asset recovery");
    }

    @Test
    void introductionHasBothParagraphsWithFootnoteMarkers() {
        String intro = definition.introduction().english();

        assertThat(intro).startsWith("<p>To facilitate the provision of information on good practices and "
                + "challenges with respect to the use of information and communication technologies");
        assertThat(intro).contains("the Secretariat has prepared the following questionnaire as a guide that "
                + "States parties may wish to use.</p><p>The Secretariat also wishes");
        assertThat(intro).contains("contained in documents CAC/COSP/WG.4/2016/2 and CAC/COSP/WG.4/2022/2<sup>1</sup> and");
        assertThat(intro).contains("in document CAC/COSP/EG.1/2017/CRP.1<sup>2</sup> that could be used");
        assertThat(intro).endsWith("background material for the completion of the questionnaire.<sup>3</sup></p>");
        assertThat(intro.split("<p>", -1)).hasSize(3);
    }

    @Test
    void sectionsAreNumberedAndTitledAsInTheAnnex() {
        assertThat(definition.sections()).extracting(Section::key)
                .containsExactly("s1_general", "s2_evaluation", "s3_challenges", "s4_globe", "s5_other");
        assertThat(definition.sections()).extracting(Section::number).containsExactly("I", "II", "III", "IV", "V");
        assertThat(definition.sections()).extracting(s -> s.title().english()).containsExactly(
                "General information on the use of information and communication technologies",
                "Evaluation and good practices",
                "Challenges",
                "Online one-stop hub of the Global Operational Network of Anti-Corruption Law Enforcement "
                        + "Authorities (GlobE Network)",
                "Other");
        assertThat(definition.sections()).allSatisfy(s -> assertThat(s.plugin()).isNull());
    }

    @Test
    void questionsInReadingOrder() {
        assertThat(definition.questions()).extracting(Question::number).containsExactly(
                "1", "1.a", "2", "3",
                "4", "4.a", "4.b", "5",
                "6", "6.a", "7", "7.a",
                "8", "8.a", "8.b", "8.b.i", "8.b.ii", "8.b.iii",
                "9");
        assertThat(definition.questions()).extracting(Question::key).containsExactly(
                "q1_ict_used", "q1a_ict_types", "q2_useful_icts", "q3_custom_software",
                "q4_evaluated", "q4a_evaluation_indicators", "q4b_evaluation_benefits", "q5_good_practices",
                "q6_challenges", "q6a_challenge_types", "q7_challenges_elaboration", "q7a_helpful_icts",
                "q8_globe_member", "q8a_hub_services", "q8b_threema_registered", "q8b1_threema_meets_needs",
                "q8b2_threema_useful_functions", "q8b3_threema_other_features",
                "q9_other_information");
        assertThat(definition.questions()).allSatisfy(q -> assertThat(q.key()).matches("[a-z0-9_.-]{1,64}"));
    }

    @Test
    void subQuestionsSitUnderTheirParents() {
        assertThat(byNumber.get("1").items()).extracting(Item::key).containsExactly("q1a_ict_types");
        assertThat(byNumber.get("4").items()).extracting(Item::key)
                .containsExactly("q4a_evaluation_indicators", "q4b_evaluation_benefits");
        assertThat(byNumber.get("6").items()).extracting(Item::key).containsExactly("q6a_challenge_types");
        assertThat(byNumber.get("7").items()).extracting(Item::key).containsExactly("q7a_helpful_icts");
        assertThat(byNumber.get("8").items()).extracting(Item::key)
                .containsExactly("q8a_hub_services", "q8b_threema_registered");
        assertThat(byNumber.get("8.b").items()).extracting(Item::key).containsExactly(
                "q8b1_threema_meets_needs", "q8b2_threema_useful_functions", "q8b3_threema_other_features",
                "t8b_elaborate");
        Item elaborate = byNumber.get("8.b").items().get(3);
        assertThat(elaborate).isInstanceOf(TextBlock.class);
        assertThat(((TextBlock) elaborate).text().english()).isEqualTo("Please elaborate as necessary.");
    }

    @Test
    void exactWordingOfQuestions1_6_8_9() {
        assertThat(text("1")).isEqualTo("Has the Government used information and communication technologies (ICTs) "
                + "<b>in the context of international cooperation</b> for the implementation of the Convention?");
        assertThat(text("6")).isEqualTo("Have you experienced any challenges or limitations in using ICTs in the "
                + "context of international cooperation related to anti-corruption efforts?");
        assertThat(text("8")).isEqualTo("Are any law enforcement anti-corruption authorities from your country "
                + "members of the GlobE Network?<sup>4</sup>");
        assertThat(text("9")).isEqualTo("Please provide any other information you consider relevant to your "
                + "country's legal framework and practices in connection with establishing an effective use of ICTs "
                + "in the international cooperation system that was not highlighted in the questions above.");
        assertThat(text("8.b")).isEqualTo("Has(ve) your GlobE member authority(ies) registered as GlobE "
                + "Threema<sup>5</sup> user(s)?");
        assertThat(text("8.b.i")).isEqualTo("If yes, does the GlobE Threema address their needs for a secure "
                + "communication platform?");
        assertThat(text("6.a")).isEqualTo("If yes, please indicate which of the following options are applicable:");
    }

    @Test
    void optionsOf1a() {
        AnswerSpec.MultipleChoice choice = multipleChoice("1.a");

        assertThat(choice.options()).hasSize(11);
        assertThat(choice.options()).extracting(o -> o.label().english()).containsExactly(
                "Email/messaging technologies",
                "Videoconference platforms/services",
                "Word processing technologies (e.g Microsoft Word, Google Docs, Open Office, etc.)",
                "Publicly available websites",
                "Artificial intelligence",
                "Case management systems",
                "Custom-made software for management and execution of requests",
                "Databases (Corporation registries, Register for beneficial ownership)",
                "Secure data storage platforms/facilities",
                "Secure information exchange/communication platforms (GlobE Threema, INTERPOL I 24/7, EUROPOL SIENA)",
                "Translation software");
        assertThat(choice.options()).extracting(AnswerSpec.Option::value).doesNotHaveDuplicates()
                .allSatisfy(v -> assertThat(v).matches("[a-z0-9_.-]{1,64}")).contains("email", "videoconference");
        assertThat(choice.otherLabel().english()).isEqualTo("Other, please specify");
    }

    @Test
    void optionsOf6a() {
        AnswerSpec.MultipleChoice choice = multipleChoice("6.a");

        assertThat(choice.options()).hasSize(6);
        assertThat(choice.options()).extracting(o -> o.label().english()).containsExactly(
                "Lack of capacity or training",
                "Lack of resources",
                "Legal obstacles to the use of ICTs for the international cooperation",
                "Reluctance from foreign counterparts to use ICTs",
                "Security and confidentiality of sensitive information (personal data protection)",
                "Technical obstacles (connectivity, access to stable internet connection, use of outdated "
                        + "technologies, etc.)");
        assertThat(choice.options()).extracting(AnswerSpec.Option::value).doesNotHaveDuplicates()
                .allSatisfy(v -> assertThat(v).matches("[a-z0-9_.-]{1,64}"));
        assertThat(choice.otherLabel().english()).isEqualTo("Other, please specify");
    }

    @Test
    void answerKindsAndRequiredQuestions() {
        assertThat(definition.questions()).filteredOn(q -> q.answer() instanceof AnswerSpec.YesNo)
                .extracting(Question::number).containsExactly("1", "4", "6", "8", "8.b", "8.b.i");
        assertThat(definition.questions()).filteredOn(q -> q.answer() instanceof AnswerSpec.MultipleChoice)
                .extracting(Question::number).containsExactly("1.a", "6.a");
        assertThat(definition.questions()).filteredOn(q -> q.answer() instanceof AnswerSpec.LongText)
                .extracting(Question::number)
                .containsExactly("2", "3", "4.a", "4.b", "5", "7", "7.a", "8.a", "8.b.ii", "8.b.iii", "9");
        assertThat(definition.questions()).filteredOn(Question::required)
                .extracting(Question::number).containsExactly("1", "4", "6", "6.a", "8", "8.b");
        assertThat(definition.questions()).allSatisfy(q -> assertThat(q.requiredWhen()).isNull());
    }

    @Test
    void ifYesItemsAreShownOnlyAfterYes() {
        Condition shows1a = byNumber.get("1.a").visibleWhen();
        assertThat(shows1a).isEqualTo(new Condition.Equals("q1_ict_used", TextNode.valueOf("yes")));
        assertThat(shows1a.test(answering("q1_ict_used", "yes"))).isTrue();
        assertThat(shows1a.test(answering("q1_ict_used", "no"))).isFalse();
        assertThat(shows1a.test(Answers.NONE)).isFalse();

        assertShownOnlyAfterYes("4.a", "q4_evaluated");
        assertShownOnlyAfterYes("4.b", "q4_evaluated");
        assertShownOnlyAfterYes("6.a", "q6_challenges");
        assertShownOnlyAfterYes("8.b.i", "q8b_threema_registered");
        assertShownOnlyAfterYes("8.b.ii", "q8b_threema_registered");
        assertShownOnlyAfterYes("8.b.iii", "q8b_threema_registered");
        Condition showsElaborate = byNumber.get("8.b").items().get(3).visibleWhen();
        assertThat(showsElaborate).isEqualTo(new Condition.Equals("q8b_threema_registered", TextNode.valueOf("yes")));

        assertThat(definition.questions()).filteredOn(q -> q.visibleWhen() == null).extracting(Question::number)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "7.a", "8", "8.a", "8.b", "9");
        assertThat(definition.questions()).filteredOn(q -> q.visibleWhen() != null)
                .allSatisfy(q -> assertThat(q.visibleWhen()).isInstanceOf(Condition.Equals.class));
    }

    @Test
    void footnotesOneToFiveWithTheirLinks() {
        List<Footnote> intro = definition.footnotes();
        assertThat(intro).extracting(Footnote::marker).containsExactly("1", "2", "3");
        assertThat(intro.get(0).text().english()).isEqualTo("CAC /COSP/WG.4/2016/2 ("
                + link("https://www.unodc.org/documents/treaties/UNCAC/WorkingGroups/workinggroup4/"
                        + "2016-August-22-24/V1603242e.pdf")
                + "); CAC/COSP/WG.4/2022/2 ("
                + link("https://www.unodc.org/documents/treaties/UNCAC/WorkingGroups/workinggroup4/"
                        + "2022-June-13-17/CAC-COSP-WG.4-2022-2_E.pdf")
                + ")");
        assertThat(intro.get(1).text().english()).isEqualTo("CAC/COSP/EG.1/2017/CRP.1 ("
                + link("https://www.unodc.org/documents/treaties/UNCAC/WorkingGroups/EMInternationalCooperation/"
                        + "6-7November2017/V1707498e.pdf")
                + ")");
        assertThat(intro.get(2).text().english()).isEqualTo("Please refer to resolution 6/7 entitled "
                + "\u201cPromoting the use of information and communications technologies for the implementation "
                + "of the United Nations Convention against Corruption\u201d ("
                + link("https://www.unodc.org/unodc/en/corruption/COSP/session6-resolutions.html") + ")");

        List<Footnote> q8 = byNumber.get("8").footnotes();
        assertThat(q8).extracting(Footnote::marker).containsExactly("4");
        assertThat(q8.get(0).text().english()).startsWith("The list of GlobE Members and Observers can be found in "
                + "the following website:")
                .endsWith(link("https://globenetwork.unodc.org/globenetwork/en/membership.html"));

        List<Footnote> q8b = byNumber.get("8.b").footnotes();
        assertThat(q8b).extracting(Footnote::marker).containsExactly("5");
        assertThat(q8b.get(0).text().english()).startsWith("Information brochure on GlobE Threema:")
                .contains("<a href=\"https://globenetwork.unodc.org/globenetwork/uploads/documents/"
                        + "GlobE%20Threema%20Brochure%20-%20A4%20version.pdf\">");

        assertThat(definition.questions()).filteredOn(q -> !q.footnotes().isEmpty())
                .extracting(Question::number).containsExactly("8", "8.b");
        assertThat(definition.sections()).allSatisfy(s -> assertThat(s.footnotes()).isEmpty());
    }

    @Test
    void containsNoneOfTheAnswersOfTheReferenceCopy() {
        assertThat(json).doesNotContain("SIENA is key", "Swedish", "Sweden", "FIU.net", "goAML",
                "self-developed case management", "Secure meeting platforms");
    }

    @Test
    void writingAndReadingBackGivesTheSameDocument() throws IOException {
        String written = TemplateJson.write(document);
        TemplateDocument reread = TemplateJson.readDocument(written);

        assertThat(reread).isEqualTo(document);
        assertThat(TemplateJson.write(reread)).isEqualTo(written);
    }

    private static String text(String number) {
        return byNumber.get(number).text().english();
    }

    private static AnswerSpec.MultipleChoice multipleChoice(String number) {
        assertThat(byNumber.get(number).answer()).isInstanceOf(AnswerSpec.MultipleChoice.class);
        return (AnswerSpec.MultipleChoice) byNumber.get(number).answer();
    }

    private static String link(String url) {
        return "<a href=\"" + url + "\">" + url + "</a>";
    }

    private static Answers answering(String questionKey, String value) {
        return key -> key.equals(questionKey) ? Optional.<JsonNode>of(TextNode.valueOf(value)) : Optional.empty();
    }

    private static void assertShownOnlyAfterYes(String number, String parentKey) {
        Condition condition = byNumber.get(number).visibleWhen();
        assertThat(condition).as(number).isEqualTo(new Condition.Equals(parentKey, TextNode.valueOf("yes")));
        assertThat(condition.test(answering(parentKey, "yes"))).as(number + " after yes").isTrue();
        assertThat(condition.test(answering(parentKey, "no"))).as(number + " after no").isFalse();
    }
}
