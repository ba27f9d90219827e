package org.qconsole.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qconsole.answer.AnswerKinds;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.Question;
import org.qconsole.model.TemplateDefinition;

/** Every answer kind accepts what its input produces and refuses, with a reason, what it cannot hold. */
class AnswerCheckTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final TemplateDefinition questionnaire = TemplateFixtures.everyKind();

    @Test
    void answersAsTheInputsProduceThemAreFine() {
        assertFine("q1_used", "\"yes\"");
        assertFine("q1a_which", "{\"selected\": [\"email\"], \"other\": \"Threema\"}");
        assertFine("q2_tool", "\"b\"");
        assertFine("q3_name", "\"Swedish Police Authority\"");
        assertFine("q4_details", "\"Long text\\nwith lines\"");
        assertFine("q5_cases", "42");
        assertFine("q6_since", "\"2019-05-01\"");
        assertFine("q7_requests", "{\"y2022\": {\"sent\": 12.5, \"secure\": true}}");
        assertFine("q8_authorities", "[{\"name\": \"Police\", \"kind\": \"police\"}, {\"name\": null}]");
        assertFine("q5_cases", "null");
    }

    @Test
    void choicesMustBeAmongTheOptions() {
        assertProblem("q1_used", "\"maybe\"", "Choose Yes or No.");
        assertProblem("q2_tool", "\"z\"", "Choose one of the options.");
        assertProblem("q1a_which", "{\"selected\": [\"fax\"]}", "Choose among the options.");
        assertProblem("q1a_which", "[\"email\"]", "Choose among the options.");
    }

    @Test
    void anOptionChosenAloneIsRefusedBesideAnyOtherAnswer() {
        AnswerSpec.MultipleChoice means = new AnswerSpec.MultipleChoice(List.of(TemplateFixtures.option("email", "Email"),
                TemplateFixtures.option("none", "None of these").withExclusive(true)), LocalizedText.en("Other"));
        String refused = "“None of these” is chosen alone: untick it or the other answers.";

        assertThat(AnswerKinds.problem(means, read("{\"selected\": [\"none\"]}"))).isEmpty();
        assertThat(AnswerKinds.problem(means, read("{\"selected\": [\"email\"], \"other\": \"Fax\"}"))).isEmpty();
        assertThat(AnswerKinds.problem(means, read("{\"selected\": [\"none\", \"email\"]}"))).contains(refused);
        assertThat(AnswerKinds.problem(means, read("{\"selected\": [\"none\"], \"other\": \"Fax\"}"))).contains(refused);
    }

    @Test
    void onlyAMultipleChoiceMayHaveAnOptionChosenAlone() {
        var alone = List.of(TemplateFixtures.option("yes", "Yes"), TemplateFixtures.option("na", "N/A").withExclusive(true));
        List<String> problems = new java.util.ArrayList<>();

        AnswerKinds.of(new AnswerSpec.SingleChoice(alone, null)).checkSettings(p -> problems.add(p.in(org.qconsole.model.Language.EN)));
        AnswerKinds.of(new AnswerSpec.Table(List.of(new AnswerSpec.Column("kind", LocalizedText.en("Kind"),
                AnswerSpec.ColumnType.CHOICE, alone)), null, null)).checkSettings(p -> problems.add(p.in(org.qconsole.model.Language.EN)));

        assertThat(problems).containsExactly(
                "marks option na as chosen alone (exclusive), which only a multiple choice allows",
                "column kind marks option na as chosen alone (exclusive), which only a multiple choice allows");
    }

    @Test
    void textsKeepTheirMaximumLength() {
        assertProblem("q3_name", JSON.valueToTree("x".repeat(201)).toString(),
                "Enter at most 200 characters (this has 201).");
        assertProblem("q3_name", "17", "Enter text.");
    }

    @Test
    void numbersAndDatesKeepTheirKindAndBounds() {
        assertProblem("q5_cases", "2.5", "Enter a whole number.");
        assertProblem("q5_cases", "-1", "Enter a number from 0 to 100000.");
        assertProblem("q5_cases", "\"12\"", "Enter a number.");
        assertProblem("q6_since", "\"1999-12-31\"", "Enter a date on or after 2000-01-01.");
        assertProblem("q6_since", "\"31/12/2020\"", "Enter a date as year-month-day, e.g. 2024-03-31.");
        assertProblem("q6_since", "\"2024-02-30\"", "Enter a date as year-month-day, e.g. 2024-03-31.");
        assertProblem("q6_since", "\"+99999-01-01\"", "Enter a year from 1 to 9999.");
        assertProblem("q5_cases", "\"1e400\"", "Enter a number.");
    }

    @Test
    void gridsAndTablesKeepTheirRowsColumnsAndCellTypes() {
        assertProblem("q7_requests", "{\"y1999\": {}}", "This grid has no row \"y1999\".");
        assertProblem("q7_requests", "{\"y2022\": {\"sent\": \"many\"}}", "Sent: Enter a number.");
        assertProblem("q7_requests", "{\"y2022\": {\"colour\": 1}}", "There is no column \"colour\".");
        assertProblem("q8_authorities", "[{\"kind\": \"army\"}]", "Row 1: Kind: Choose one of the options.");
        assertProblem("q8_authorities", JSON.valueToTree(java.util.Collections.nCopies(11, java.util.Map.of()))
                .toString(), "Enter at most 10 rows (this has 11).");
    }

    private void assertFine(String key, String json) {
        assertThat(AnswerKinds.problem(spec(key), read(json))).as(key + " = " + json).isEmpty();
    }

    private void assertProblem(String key, String json, String message) {
        assertThat(AnswerKinds.problem(spec(key), read(json))).as(key + " = " + json).contains(message);
    }

    private AnswerSpec spec(String key) {
        return questionnaire.questions().stream().filter(q -> q.key().equals(key)).map(Question::answer).findFirst()
                .orElseThrow();
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
