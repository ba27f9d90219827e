package org.qconsole.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.support.ConsoleTest;
import org.qconsole.support.SignIn;
import org.qconsole.template.model.TemplateDocument;
import org.qconsole.template.model.TemplateJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Malformed or hostile template files: each yields a specific problem, and nothing is written.
 * The base file is valid ({@link #theUnchangedFileImports}); each case breaks one thing.
 */
@ConsoleTest
class TemplateImportTest {

    @Autowired
    TemplateService templates;
    @Autowired
    ConsoleOidcUserService users;
    @Autowired
    DataSource dataSource;

    private int templatesBefore;
    private int versionsBefore;
    private int auditBefore;

    @BeforeEach
    void signIn() {
        SignIn.as(users, "secretariat");
        templatesBefore = count("template");
        versionsBefore = count("template_version");
        auditBefore = count("template_audit");
    }

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theUnchangedFileImports() {
        TemplateVersion imported = templates.importFile(bytes(document(d -> { })));
        assertThat(imported.definition().questions()).hasSize(9);
    }

    @Test
    void aThreeMegabyteFileImports() {
        byte[] file = TemplateFixtures.largeFile("BIG-" + UUID.randomUUID().toString().substring(0, 8), 3);
        assertThat(file.length).as("above the servlet default of 1 MB, below the console's 5 MB")
                .isBetween(3 * 1024 * 1024, TemplateImporter.MAX_FILE_BYTES);

        TemplateVersion imported = templates.importFile(file);

        assertThat(imported.definition().questions().get(0).help().english()).hasSize(3 * 1024 * 1024 / 32);
    }

    @Test
    void syntaxError() {
        rejected("{\"format\": \"questionnaire-console/template\",\n \"formatVersion\": 1,, }",
                "The file is not valid JSON", "(line 2, column");
    }

    @Test
    void notUtf8() {
        rejected(new byte[] {'{', (byte) 0xC3, (byte) 0x28, '}'}, "The file is not UTF-8 text");
    }

    @Test
    void emptyFile() {
        rejected("  \n", "The file is empty");
    }

    @Test
    void tenMegabyteText() {
        String huge = "x".repeat(10 * 1024 * 1024);
        rejected(document(d -> question(d, 0).putObject("help").put("en", huge)), "The file is 10.0 MB;",
                "at most 5 MB");
    }

    @Test
    void aTextOverTheLengthLimit() {
        rejected(document(d -> question(d, 0).putObject("help").put("en", "y".repeat(150_000))),
                "Question 1 (q1_used): the help (en) has 150000 characters; at most 100000 are allowed");
    }

    @Test
    void notATemplateFile() {
        rejected(document(d -> d.put("format", "something-else")), "The file is not a questionnaire template");
    }

    @Test
    void aFutureFormatVersion() {
        rejected(document(d -> d.put("formatVersion", 2)),
                "The file uses template format version 2; this console reads version 1");
    }

    @Test
    void noTemplateCode() {
        rejected(document(d -> d.remove("template")), "The file names no valid template code");
    }

    @Test
    void unknownAnswerKind() {
        rejected(document(d -> ((ObjectNode) question(d, 1).get("answer")).put("kind", "slider")),
                "Unknown answer kind \"slider\" at version.sections[0].items[1].answer");
    }

    @Test
    void unknownProperty() {
        rejected(document(d -> question(d, 2).put("colour", "blue")), "Unknown property \"colour\"");
    }

    @Test
    void unknownLanguage() {
        rejected(document(d -> ((ObjectNode) question(d, 2).get("text")).put("xx", "?")),
                "Unknown language \"xx\" at version.sections[0].items[2].text: use en, fr, es, ar, ru or zh");
    }

    @Test
    void aListWhereTheTemplateShouldBe() {
        rejected("[" + document(d -> { }) + "]", "The file must hold one JSON object ({ … }), but it holds a list");
    }

    @Test
    void aTextWhereTheTemplateShouldBe() {
        rejected("\"questionnaire\"", "The file must hold one JSON object ({ … }), but it holds a text");
    }

    @Test
    void deepNestingWhereTheMappingWouldFailFirst() {
        String deep = "[".repeat(70) + "]".repeat(70);
        rejected("{\"format\": " + deep + "}", "The file nests JSON deeper than 64 levels (line 1, column");
        rejected(document(d -> {
            ObjectNode node = ((ObjectNode) question(d, 2).get("text"));
            for (int i = 0; i < 65; i++) {
                node = node.putObject("xx");
            }
        }), "The file nests JSON deeper than 64 levels");
    }

    @Test
    void sixtyFourLevelsAreStillRead() {
        String deep = "[".repeat(62) + "]".repeat(62);
        rejected("{\"format\": " + deep + "}", "Wrong value at format: expected a text, found a list");
    }

    @Test
    void anObjectWhereAListIsExpected() {
        rejected(document(d -> ((ObjectNode) d.get("version")).putObject("sections")),
                "Wrong value at version.sections: expected a list, found an object");
    }

    @Test
    void aListWhereATextIsExpected() {
        rejected(document(d -> question(d, 2).putArray("key").add("q3")),
                "Wrong value at version.sections[0].items[2].key: expected a text, found a list");
    }

    @Test
    void aTextWhereANumberIsExpected() {
        rejected(document(d -> ((ObjectNode) question(d, 4).get("answer")).put("max", "lots")),
                "Wrong value at version.sections[0].items[4].answer.max: expected a number, found the text \"lots\"");
        rejected(document(d -> d.put("formatVersion", "one")),
                "Wrong value at formatVersion: expected a number, found the text \"one\"");
    }

    @Test
    void anUnknownEnumValue() {
        rejected(document(d -> ((ObjectNode) question(d, 1).get("answer")).put("display", "sideways")),
                "Unknown value \"sideways\" at version.sections[0].items[1].answer.display: use radio or dropdown");
    }

    @Test
    void anUnknownComparison() {
        rejected(document(d -> question(d, 5).putObject("visibleWhen").putObject("compare")
                .put("question", "q5_cases").put("operator", "between").put("value", 3)),
                "at version.sections[0].items[5].visibleWhen", "Unknown operator \"between\"; expected lt, le, gt or ge");
    }

    @Test
    void anAnswerWithoutKind() {
        rejected(document(d -> ((ObjectNode) question(d, 1).get("answer")).remove("kind")),
                "An answer has no \"kind\" at version.sections[0].items[1].answer");
    }

    @Test
    void aTruncatedFile() {
        String whole = document(d -> { });
        rejected(whole.substring(0, whole.length() / 2),
                "The file ends before its JSON is complete: an object, a list or a text is not closed");
    }

    @Test
    void somethingAfterTheTemplate() {
        rejected(document(d -> { }) + " {}", "The file holds more after the closing } of the template (line 1, column");
    }

    @Test
    void duplicateKeys() {
        rejected(document(d -> question(d, 2).put("key", "q1_used")),
                "Question 3 (q1_used): uses the key \"q1_used\", which Question 1 (q1_used) already uses");
    }

    @Test
    void invalidKey() {
        rejected(document(d -> question(d, 2).put("key", "Q 3")), "the key \"Q 3\" is not valid");
    }

    @Test
    void anOptionChosenAloneInASingleChoice() {
        rejected(document(d -> ((ObjectNode) question(d, 1).path("answer").path("options").get(0))
                .put("exclusive", true)), "Question 2 (q2_tool): marks option a as chosen alone (exclusive), which"
                + " only a multiple choice allows");
    }

    @Test
    void optionValuesAsTheSourceWritesThemImportAndExportAsWritten() throws Exception {
        String condition = "{\"answeredExcept\":{\"question\":\"q2_tool\",\"values\":[\"IN SOME SECTORS\"]}}";
        TemplateVersion imported = templates.importFile(bytes(document(d -> {
            ArrayNode options = (ArrayNode) question(d, 1).path("answer").path("options");
            ((ObjectNode) options.get(0)).put("value", "IN SOME SECTORS");
            ((ObjectNode) options.get(1)).put("value", "1+");
            ((ObjectNode) question(d, 7).at("/answer/columns/1/options/0")).put("value", "Police (national)");
            question(d, 2).set("visibleWhen", readTree(condition));
        })));

        var exported = TemplateJson.mapper().readTree(templates.export(imported.id()));
        assertThat(exported.at("/version/sections/0/items/1/answer/options/0/value").asText())
                .isEqualTo("IN SOME SECTORS");
        assertThat(exported.at("/version/sections/0/items/1/answer/options/1/value").asText()).isEqualTo("1+");
        assertThat(exported.at("/version/sections/0/items/7/answer/columns/1/options/0/value").asText())
                .isEqualTo("Police (national)");
        assertThat(exported.at("/version/sections/0/items/2/visibleWhen")).isEqualTo(readTree(condition));
    }

    @Test
    void optionValuesThatCannotBeKeptAreRefusedEachNamed() {
        byte[] file = bytes(document(d -> {
            ArrayNode options = (ArrayNode) question(d, 1).path("answer").path("options");
            ((ObjectNode) options.get(0)).put("value", " padded");
            ((ObjectNode) options.get(1)).put("value", "a=b");
            ((ObjectNode) question(d, 7).at("/answer/columns/1/options/0")).put("value", "bell\u0007");
            ((ObjectNode) question(d, 7).at("/answer/columns/1/options/1")).put("value", "x".repeat(65));
        }));

        TemplateException failure = catchThrowableOfType(TemplateException.class, () -> templates.importFile(file));

        assertThat(failure.problems()).extracting(Problem::toString).contains(
                "Question 2 (q2_tool): has an option whose value \" padded\" starts or ends with a space",
                "Question 2 (q2_tool): has an option whose value \"a=b\" contains = , or :, which separate values"
                        + " in the designer",
                "Question 8 (q8_authorities): has an option of column kind whose value \"bell\u0007\" contains a"
                        + " character that cannot be printed (a control or formatting character)",
                "Question 8 (q8_authorities): has an option of column kind whose value \"" + "x".repeat(65)
                        + "\" must have 1 to 64 characters");
        assertThat(count("template_version")).as("nothing written").isEqualTo(versionsBefore);
    }

    @Test
    void sharedOptionListsImportAndExportAsWritten() throws Exception {
        TemplateVersion imported = templates.importFile(bytes(document(d -> {
            sharedList(d, "tools", "IN SOME SECTORS", "1+");
            ObjectNode choice = (ObjectNode) question(d, 1).path("answer");
            choice.remove("options");
            choice.put("optionList", "tools");
            ObjectNode column = (ObjectNode) question(d, 7).at("/answer/columns/1");
            column.remove("options");
            column.put("optionList", "tools");
        })));

        var q2 = (org.qconsole.model.AnswerSpec.SingleChoice) imported.definition().questions().get(2).answer();
        assertThat(q2.options()).extracting(org.qconsole.model.AnswerSpec.Option::value)
                .containsExactly("IN SOME SECTORS", "1+");
        var exported = TemplateJson.mapper().readTree(templates.export(imported.id()));
        assertThat(exported.at("/version/sections/0/items/1/answer/optionList").asText()).isEqualTo("tools");
        assertThat(exported.at("/version/sections/0/items/1/answer").has("options")).isFalse();
        assertThat(exported.at("/version/sections/0/items/7/answer/columns/1").has("options")).isFalse();
        assertThat(exported.at("/version/optionLists/0/key").asText()).isEqualTo("tools");
    }

    @Test
    void sharedOptionListsThatCannotWorkAreRefusedEachNamed() {
        byte[] file = bytes(document(d -> {
            sharedList(d, "tools", "a", "b");
            sharedList(d, "tools", "c");
            sharedList(d, "Empty");
            ((ObjectNode) question(d, 1).path("answer")).put("optionList", "tools");
            ((ObjectNode) question(d, 7).at("/answer/columns/1")).put("optionList", "kinds");
        }));

        TemplateException failure = catchThrowableOfType(TemplateException.class, () -> templates.importFile(file));

        assertThat(failure.problems()).extracting(Problem::toString).contains(
                "The questionnaire: has two option lists with the key \"tools\"",
                "The questionnaire: has an option list whose key \"Empty\" is not valid: use 1 to 64 lower-case"
                        + " letters, digits, . _ or -",
                "The questionnaire: the option list Empty needs at least 1 option but has 0",
                "Question 2 (q2_tool): names the option list tools and also lists options of its own; give one or"
                        + " the other",
                "Question 8 (q8_authorities): column kind uses the option list \"kinds\", which the questionnaire"
                        + " does not have");
        assertThat(count("template_version")).as("nothing written").isEqualTo(versionsBefore);
    }

    @Test
    void aFootnoteMarkerInASectionTitlePointsToTheSectionsFootnote() {
        TemplateVersion imported = templates.importFile(bytes(document(d -> {
            ObjectNode section = (ObjectNode) d.get("version").get("sections").get(0);
            section.putObject("title").put("en", "General<sup>1</sup>");
            section.putArray("footnotes").addObject().put("marker", "1").putObject("text").put("en", "A note.");
        })));
        assertThat(imported.definition().sections().get(0).heading(org.qconsole.model.Language.EN))
                .isEqualTo("I. General");
    }

    @Test
    void aFootnoteMarkerInASectionTitleWithoutTheFootnoteIsRefused() {
        rejected(document(d -> ((ObjectNode) d.get("version").get("sections").get(0)).putObject("title")
                .put("en", "General<sup>2</sup>").put("fr", "Général<sup>2</sup>")),
                "Section I (s1_general): the title (en) marks footnote 2, but the section has no footnote 2");
    }

    @Test
    void danglingCondition() {
        rejected(document(d -> question(d, 2).putObject("visibleWhen").putObject("answered").put("question", "q99")),
                "Question 3 (q3_name): shows only when \"q99\" is answered in some way, but there is no question with that key");
    }

    @Test
    void aNotOfNothingAndANotReadingALaterQuestion() {
        rejected(document(d -> question(d, 2).putObject("visibleWhen").putNull("not")),
                "Wrong value at version.sections[0].items[2].visibleWhen: expected an object, found an empty value");
        rejected(document(d -> question(d, 2).putObject("visibleWhen").putObject("not").putObject("answered")
                .put("question", "q5_cases")), "Question 3 (q3_name): shows only when q5_cases is answered, but"
                + " q5_cases comes later");
    }

    @Test
    void cellConditionsAndAnyAnswerExceptImportAndExportAsWritten() throws Exception {
        String conditions = "{\"and\":[{\"answeredExcept\":{\"question\":\"q2_tool\",\"values\":[\"b\"]}},"
                + "{\"gridCell\":{\"question\":\"q7_requests\",\"row\":\"y2023\",\"column\":\"secure\","
                + "\"values\":[true]}},{\"not\":{\"gridCell\":{\"question\":\"q7_requests\",\"row\":\"y2022\","
                + "\"column\":\"sent\",\"operator\":\"lt\",\"value\":5}}},{\"anyRow\":{\"question\":"
                + "\"q8_authorities\",\"column\":\"kind\",\"values\":[\"police\"]}}]}";
        var condition = TemplateJson.mapper().readTree(conditions);

        TemplateVersion imported = templates.importFile(bytes(document(d -> question(d, 8).set("visibleWhen", condition))));

        var exported = TemplateJson.mapper().readTree(templates.export(imported.id()));
        assertThat(exported.at("/version/sections/0/items/8/visibleWhen")).isEqualTo(condition);
    }

    @Test
    void cellConditionsThatDoNotFitTheirQuestionAreRefusedEachNamed() throws Exception {
        String conditions = "{\"or\":["
                + "{\"gridCell\":{\"question\":\"q7_requests\",\"row\":\"y2099\",\"column\":\"sent\",\"values\":[1]}},"
                + "{\"gridCell\":{\"question\":\"q7_requests\",\"row\":\"y2022\",\"column\":\"received\",\"values\":[1]}},"
                + "{\"gridCell\":{\"question\":\"q7_requests\",\"row\":\"y2022\",\"column\":\"secure\",\"operator\":\"gt\",\"value\":1}},"
                + "{\"gridCell\":{\"question\":\"q7_requests\",\"row\":\"y2022\",\"column\":\"sent\",\"values\":[\"many\"]}},"
                + "{\"gridCell\":{\"question\":\"q8_authorities\",\"row\":\"r1\",\"column\":\"kind\",\"values\":[\"police\"]}},"
                + "{\"anyRow\":{\"question\":\"q8_authorities\",\"column\":\"kind\",\"values\":[\"court\"]}},"
                + "{\"anyRow\":{\"question\":\"q8_authorities\",\"column\":\"name\"}},"
                + "{\"anyRow\":{\"question\":\"q7_requests\",\"column\":\"sent\",\"values\":[1]}},"
                + "{\"answeredExcept\":{\"question\":\"q2_tool\",\"values\":[\"c\"]}},"
                + "{\"answeredExcept\":{\"question\":\"q5_cases\",\"values\":[\"1\"]}}]}";
        var condition = TemplateJson.mapper().readTree(conditions);
        byte[] file = bytes(document(d -> question(d, 8).set("visibleWhen", condition)));

        TemplateException failure = catchThrowableOfType(TemplateException.class, () -> templates.importFile(file));

        assertThat(failure.problems()).extracting(Problem::toString).containsExactlyInAnyOrder(
                "Text (t9_thanks): reads row \"y2099\" of q7_requests, but it has no such row",
                "Text (t9_thanks): reads column \"received\" of q7_requests, but it has no such column",
                "Text (t9_thanks): compares column secure of q7_requests as a number, but it is not a number column",
                "Text (t9_thanks): asks whether column sent of q7_requests is \"many\", but it is a number column",
                "Text (t9_thanks): reads a cell of q8_authorities, but it is a Table question, not a grid",
                "Text (t9_thanks): asks whether column kind of q8_authorities is \"court\", but it has no such option",
                "Text (t9_thanks): tests column name of q8_authorities with neither values nor a comparison; give one",
                "Text (t9_thanks): asks whether any row of q7_requests has a value, but it is a Grid question, not a table",
                "Text (t9_thanks): asks for any answer of q2_tool except \"c\", but it has no such option",
                "Text (t9_thanks): asks for any answer of q5_cases except some values, but it is a Number question");
        assertThat(count("template_version")).as("nothing written").isEqualTo(versionsBefore);
    }

    @Test
    void conditionOnALaterQuestion() {
        rejected(document(d -> question(d, 2).putObject("visibleWhen").putObject("answered")
                .put("question", "q5_cases")), "Question 3 (q3_name): shows only when q5_cases is answered, but"
                + " q5_cases comes later");
    }

    @Test
    void cyclicConditions() {
        rejected(document(d -> {
            question(d, 2).putObject("visibleWhen").putObject("answered").put("question", "q4_details");
            question(d, 3).putObject("visibleWhen").putObject("answered").put("question", "q3_name");
        }), "its condition depends on itself through q3_name → q4_details → q3_name");
    }

    @Test
    void conditionThatDoesNotFitTheQuestion() {
        rejected(document(d -> question(d, 2).putObject("visibleWhen").putObject("selectedAny")
                .put("question", "q2_tool").putArray("values").add("c")),
                "asks whether option \"c\" of q2_tool is selected, but it has no such option");
    }

    @Test
    void deepJsonNesting() {
        rejected(document(d -> {
            ObjectNode node = question(d, 2);
            for (int i = 0; i < 80; i++) {
                node = node.putArray("items").addObject();
            }
        }), "The file nests JSON deeper than 64 levels");
    }

    @Test
    void deepQuestionNesting() {
        rejected(document(d -> {
            ObjectNode node = question(d, 2);
            for (int i = 0; i < 6; i++) {
                node = node.putArray("items").addObject();
                node.put("type", "question").put("key", "deep" + i).putObject("text").put("en", "Deeper?");
                node.putObject("answer").put("kind", "yesNo");
            }
        }), "Question (deep4): is nested 6 levels deep; at most 5 are allowed");
    }

    @Test
    void scriptInTexts() {
        rejected(document(d -> ((ObjectNode) question(d, 2).get("text"))
                .put("en", "Name <script>alert('x')</script><img src=x onerror=alert(1)>")),
                "the text (en) contains <script>, which is not allowed");
    }

    @Test
    void missingEnglishText() {
        rejected(document(d -> question(d, 2).putObject("text").put("fr", "Nom")), "Question 3 (q3_name): has no English text");
    }

    @Test
    void aSingleChoiceWithOneOption() {
        rejected(document(d -> ((ArrayNode) question(d, 1).get("answer").get("options")).remove(1)),
                "Question 2 (q2_tool): needs at least 2 options but has 1");
    }

    private void rejected(Object file, String... expectedInOneProblem) {
        byte[] content = file instanceof byte[] b ? b : ((String) file).getBytes(StandardCharsets.UTF_8);
        TemplateException failure = catchThrowableOfType(TemplateException.class, () -> templates.importFile(content));

        assertThat(failure).as("the import must be refused").isNotNull();
        assertThat(failure.problems()).anySatisfy(p -> assertThat(p.toString()).contains(expectedInOneProblem));
        assertThat(failure.problems()).as("problems in words, without the reader's internals")
                .allSatisfy(p -> assertThat(p.toString()).doesNotContain("org.qconsole", "java.", "JsonToken",
                        "Cannot deserialize", "`", "(code "));
        assertThat(count("template")).as("no template written").isEqualTo(templatesBefore);
        assertThat(count("template_version")).as("no version written").isEqualTo(versionsBefore);
        assertThat(count("template_audit")).as("nothing audited").isEqualTo(auditBefore);
    }

    private static String document(Consumer<ObjectNode> change) {
        String code = "IMP-" + UUID.randomUUID().toString().substring(0, 8);
        ObjectNode document = TemplateJson.mapper().valueToTree(TemplateDocument.of(code, TemplateFixtures.everyKind()));
        change.accept(document);
        return document.toString();
    }

    private static com.fasterxml.jackson.databind.JsonNode readTree(String json) {
        try {
            return TemplateJson.mapper().readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private static void sharedList(ObjectNode document, String key, String... values) {
        ObjectNode version = (ObjectNode) document.get("version");
        ArrayNode lists = version.has("optionLists") ? (ArrayNode) version.get("optionLists")
                : version.putArray("optionLists");
        ObjectNode list = lists.addObject().put("key", key);
        ArrayNode options = list.putArray("options");
        for (String value : values) {
            options.addObject().put("value", value).putObject("label").put("en", "Label of " + value);
        }
    }

    private static byte[] bytes(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** The n-th item of the first section (the fixture's questions 1 to 8, then a text). */
    private static ObjectNode question(ObjectNode document, int index) {
        return (ObjectNode) document.get("version").get("sections").get(0).get("items").get(index);
    }

    private int count(String table) {
        return new JdbcTemplate(dataSource).queryForObject("SELECT count(*) FROM " + table, Integer.class);
    }
}
