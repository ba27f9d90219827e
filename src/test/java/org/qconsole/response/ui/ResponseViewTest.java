package org.qconsole.response.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.NewCampaign;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.response.AnswerService;
import org.qconsole.support.SignIn;
import org.qconsole.support.ViewTest;
import org.qconsole.template.TemplateFixtures;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;

/** Filling in, browserless: autosave, its visible state, retry after a database failure, conflicts. */
class ResponseViewTest extends ViewTest {

    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    ConsoleOidcUserService users;
    @Value("${spring.datasource.url}")
    String databaseUrl;

    private long sweden;

    @BeforeEach
    void sendToSweden() {
        SignIn.as(users, "secretariat");
        long version = TemplateFixtures.publishEveryKind(templates, "RV").id();
        long campaign = assignments.create(new NewCampaign(version, "Fill-in", "", LocalDate.now().plusDays(10),
                Set.of("SWE"))).id();
        sweden = assignments.assignments(campaign).get(0).id();
        SignIn.out();
    }

    @Test
    void everyAnswerIsSavedAsTheUserTypesAndShowsWhoChangedIt() {
        signInAs("swe.contributor");
        UI.getCurrent().navigate(ResponseView.class, sweden);
        assertThat(_get(com.vaadin.flow.component.html.Paragraph.class, s -> s.withId("response-facts")).getText())
                .as("a campaign without a circular reference leaves no empty part")
                .matches("Sweden \\(SWE\\) · deadline \\d+ \\w+ \\d{4} \\(10 days left\\) · Not started");

        _setValue(yesNo(), "yes");
        _setValue(_get(TextField.class, s -> s.withId("answer-q3_name")), "Swedish Police Authority");

        assertThat(status().getText()).isEqualTo("All answers saved");
        SignIn.as(users, "swe.focal");
        var saved = answers.open(sweden).answers();
        assertThat(saved.get("q1_used").value().asText()).isEqualTo("yes");
        assertThat(saved.get("q3_name").value().asText()).isEqualTo("Swedish Police Authority");
        assertThat(_get(Span.class, s -> s.withId("note-q3_name")).getText()).startsWith("Last changed by swe.contributor");
        assertThat(_get(com.vaadin.flow.component.html.Anchor.class, s -> s.withId("response-pdf")).getHref())
                .as("the response can be printed").isNotBlank();
    }

    @Test
    void theStatusSaysNotSavedFromTheFirstKeystrokeUntilTheAnswerIsStored() {
        signInAs("swe.contributor");
        UI.getCurrent().navigate(ResponseView.class, sweden);
        assertThat(status().getText()).isEqualTo("All answers saved");

        // The browser's "input" event of the first keystroke, bubbled up from the text field to its question.
        elemental.json.JsonObject typed = elemental.json.Json.createObject();
        typed.put(org.qconsole.answer.ui.QuestionnaireForm.TYPING_FILTER, true); // typed into a text field
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(
                _get(com.vaadin.flow.component.html.Div.class, s -> s.withId("q-q3_name")), "input", typed);

        assertThat(status().getText()).isEqualTo("Not saved yet");
        assertThat(status().getElement().getAttribute("data-state")).isEqualTo("unsaved");
        assertThat(answers.open(sweden).answers()).doesNotContainKey("q3_name");

        _setValue(_get(TextField.class, s -> s.withId("answer-q3_name")), "Swedish Police Authority"); // after the pause

        assertThat(status().getText()).isEqualTo("All answers saved");
        assertThat(answers.open(sweden).answers().get("q3_name").value().asText()).isEqualTo("Swedish Police Authority");
    }

    @Test
    void aDatabaseFailureShowsNotSavedAndTheRetrySucceedsOnceTheDatabaseIsBack() throws SQLException {
        signInAs("swe.contributor");
        UI.getCurrent().navigate(ResponseView.class, sweden);

        try (Connection owner = DriverManager.getConnection(databaseUrl, "qc_owner", "qc_owner")) {
            owner.createStatement().execute("ALTER TABLE answer RENAME TO answer_away");
            try {
                _setValue(_get(TextArea.class, s -> s.withId("answer-q4_details")), "Written while the database was away");
                assertThat(status().getText()).startsWith("Not saved: the connection to the database was lost");
                assertThat(status().getElement().getAttribute("data-state")).isEqualTo("error");
                assertThat(UI.getCurrent().getPollInterval()).isEqualTo(ResponseView.RETRY_MILLIS);
            } finally {
                owner.createStatement().execute("ALTER TABLE answer_away RENAME TO answer");
            }
        }
        _get(ResponseView.class).flush(); // what the next poll does

        assertThat(status().getText()).isEqualTo("All answers saved");
        SignIn.as(users, "swe.focal");
        assertThat(answers.open(sweden).answers().get("q4_details").value().asText())
                .isEqualTo("Written while the database was away");
    }

    @Test
    void aColleaguesChangeIsShownAndTheUserChooses() {
        signInAs("swe.contributor");
        UI.getCurrent().navigate(ResponseView.class, sweden);
        _setValue(_get(TextField.class, s -> s.withId("answer-q3_name")), "Police");
        var contributor = org.springframework.security.core.context.SecurityContextHolder.getContext();

        SignIn.as(users, "swe.focal");
        answers.save(sweden, "q3_name", TextNode.valueOf("Prosecution Authority"), 1);
        org.springframework.security.core.context.SecurityContextHolder.setContext(contributor);

        _setValue(_get(TextField.class, s -> s.withId("answer-q3_name")), "Police Authority");

        assertThat(_get(Pre.class, s -> s.withId("conflict-theirs")).getText()).contains("Prosecution Authority");
        _click(_get(Button.class, s -> s.withId("conflict-keep-theirs")));
        assertThat(_get(TextField.class, s -> s.withId("answer-q3_name")).getValue()).isEqualTo("Prosecution Authority");
        SignIn.as(users, "swe.focal");
        assertThat(answers.open(sweden).answers().get("q3_name").value().asText()).isEqualTo("Prosecution Authority");
    }

    @Test
    void aFrenchFocalPointIsToldInFrenchWhichQuestionsStillNeedAnAnswer() {
        signInAs("swe.focal");
        UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        UI.getCurrent().navigate(ResponseView.class, sweden);
        _click(_get(Button.class, s -> s.withId("response-submit")));

        assertThat(_get(com.vaadin.flow.component.html.Div.class, s -> s.withId("submit-problems"))
                .getElement().getTextRecursively()).contains("1 question obligatoire", "1 Utilisez-vous les TIC ?")
                .doesNotContain("Do you use ICT?");
    }

    @Test
    void theFocalPointSubmitsTheSecretariatReturnsWithACommentTheCountrySeesIt() {
        signInAs("swe.focal");
        UI.getCurrent().navigate(ResponseView.class, sweden);
        _click(_get(Button.class, s -> s.withId("response-submit")));
        assertThat(_get(com.vaadin.flow.component.html.Div.class, s -> s.withId("submit-problems"))
                .getElement().getTextRecursively()).contains("1 required question is not answered yet.", "1 Do you use ICT?");

        _setValue(yesNo(), "no");
        _click(_get(Button.class, s -> s.withId("response-submit")));
        UI.getCurrent().navigate(ResponseView.class, sweden);
        assertThat(status().getText()).isEqualTo("Read only");

        signInAs("secretariat");
        UI.getCurrent().navigate(ResponseView.class, sweden);
        _click(_get(Button.class, s -> s.withId("response-return")));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<org.qconsole.model.Question> question =
                _get(com.vaadin.flow.component.select.Select.class, s -> s.withId("return-question"));
        _setValue(question, question.getListDataView().getItems().filter(q -> q.key().equals("q1_used")).findFirst()
                .orElseThrow());
        _setValue(_get(TextArea.class, s -> s.withId("return-comment")), "Are you sure? Your report says otherwise.");
        _click(_get(Button.class, s -> s.withId("return-confirm")));

        signInAs("swe.contributor");
        UI.getCurrent().navigate(ResponseView.class, sweden);
        assertThat(_get(com.vaadin.flow.component.html.Div.class, s -> s.withId("review-comments"))
                .getElement().getTextRecursively()).contains("Question 1", "Are you sure? Your report says otherwise.");
        assertThat(_get(Span.class, s -> s.withId("note-q1_used")).getText())
                .contains("Secretariat: Are you sure? Your report says otherwise.");
        assertThat(status().getText()).isEqualTo("All answers saved");
    }

    @Test
    void sectionsShowHowManyRequiredQuestionsAreAnsweredAsTheUserGoes() {
        signInAs("swe.contributor");
        UI.getCurrent().navigate(ResponseView.class, sweden);
        assertThat(_get(Span.class, s -> s.withId("nav-progress-s1_general")).getText()).isEqualTo("0/1");
        assertThat(_get(Span.class, s -> s.withId("response-progress")).getText()).startsWith("0% complete");

        _setValue(yesNo(), "yes");

        assertThat(_get(Span.class, s -> s.withId("nav-progress-s1_general")).getText()).isEqualTo("1/1");
        assertThat(_get(Span.class, s -> s.withId("response-progress")).getText())
                .isEqualTo("100% complete · 1 of 1 required questions answered");
    }

    @Test
    void anAnswerOutsideItsBoundsIsShownWrongAtOnceAndNotSaved() {
        signInAs("swe.contributor");
        UI.getCurrent().navigate(ResponseView.class, sweden);
        var cases = _get(com.vaadin.flow.component.textfield.IntegerField.class, s -> s.withId("answer-q5_cases"));

        _setValue(cases, 250_000);

        Span error = _get(Span.class, s -> s.withId("error-q5_cases"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("Enter a number from 0 to 100000.");
        assertThat(status().getElement().getAttribute("data-state")).isEqualTo("invalid");
        assertThat(answers.open(sweden).answers()).doesNotContainKey("q5_cases");

        _setValue(cases, 250);

        assertThat(error.isVisible()).isFalse();
        assertThat(status().getText()).isEqualTo("All answers saved");
        assertThat(answers.open(sweden).answers().get("q5_cases").value().asInt()).isEqualTo(250);
    }

    @Test
    void aNumberOrDateThatCannotBeReadStaysAsTypedSaysWhyAndIsNotSaved() throws Exception {
        signInAs("swe.contributor");
        UI.getCurrent().navigate(ResponseView.class, sweden);
        var cases = _get(com.vaadin.flow.component.textfield.IntegerField.class, s -> s.withId("answer-q5_cases"));
        _setValue(cases, 250);

        typeUnreadable(cases, "1e400");

        Span error = _get(Span.class, s -> s.withId("error-q5_cases"));
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("Enter a whole number, for example 12");
        assertThat(status().getText()).isEqualTo("Not saved: an answer needs correcting (see the message under it)");
        assertThat(cases.getElement().getProperty("_hasInputValue", false)).as("the typed text stays").isTrue();
        assertThat(answers.open(sweden).answers().get("q5_cases").value().asInt()).as("the stored answer stays")
                .isEqualTo(250);

        DatePicker since = _get(DatePicker.class, s -> s.withId("answer-q6_since"));
        typeUnreadable(since, "2024-02-30");
        Span dateError = _get(Span.class, s -> s.withId("error-q6_since"));
        assertThat(dateError.getText()).isEqualTo("2024-02-30 is not a date");
        typeUnreadable(since, "not a date");
        assertThat(dateError.getText()).isEqualTo("Enter a date as YYYY-MM-DD, for example 2024-03-31");
        typeUnreadable(since, "99999-01-01");
        assertThat(dateError.getText()).isEqualTo("99999-01-01 is out of range: enter a year from 1 to 9999");
        assertThat(since.getElement().getProperty("_inputElementValue")).isEqualTo("99999-01-01");
        assertThat(answers.open(sweden).answers()).doesNotContainKey("q6_since");

        _setValue(cases, 300);
        assertThat(status().getElement().getAttribute("data-state")).as("the date still needs correcting")
                .isEqualTo("invalid");
        _setValue(since, LocalDate.of(2020, 1, 31));

        assertThat(error.isVisible()).isFalse();
        assertThat(dateError.isVisible()).isFalse();
        assertThat(status().getText()).isEqualTo("All answers saved");
        var saved = answers.open(sweden).answers();
        assertThat(saved.get("q5_cases").value().asInt()).isEqualTo(300);
        assertThat(saved.get("q6_since").value().asText()).isEqualTo("2020-01-31");
    }

    /**
     * What the browser does when the user types what a number or date field cannot read: the field's
     * value empties (the value property syncs as empty), the text stays in the input, and the field
     * fires "unparsable-change". A number input only tells that it holds something; a date picker sends
     * the text.
     */
    private static void typeUnreadable(com.vaadin.flow.component.Component field, String text) throws Exception {
        if (field instanceof DatePicker) {
            field.getElement().setProperty("_inputElementValue", text);
        } else {
            field.getElement().setProperty("_hasInputValue", true);
        }
        Class<?> type = field.getClass();
        java.lang.reflect.Method setModelValue = null;
        while (setModelValue == null) {
            setModelValue = java.util.Arrays.stream(type.getDeclaredMethods())
                    .filter(m -> m.getName().equals("setModelValue") && m.getParameterCount() == 2).findFirst()
                    .orElse(null);
            type = type.getSuperclass();
        }
        setModelValue.setAccessible(true);
        setModelValue.invoke(field, null, true);
        com.github.mvysny.kaributesting.v10.BasicUtilsKt._fireDomEvent(field, "unparsable-change");
    }

    @Test
    void theQuestionnaireCanBeReadInAnotherLanguageWithEnglishWhereNotTranslated() {
        signInAs("swe.contributor");
        UI.getCurrent().navigate(ResponseView.class, sweden);
        _setValue(_get(TextField.class, s -> s.withId("answer-q3_name")), "Polismyndigheten");

        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<org.qconsole.model.Language> language =
                _get(com.vaadin.flow.component.select.Select.class, s -> s.withId("response-language"));
        _setValue(language, org.qconsole.model.Language.FR);

        String page = String.join("\n", com.github.mvysny.kaributesting.v10.LocatorJ
                ._find(com.vaadin.flow.component.Html.class).stream().map(h -> h.getInnerHtml()).toList());
        assertThat(page).contains("Utilisez-vous les TIC ?", "Name of the authority");
        assertThat(_get(TextField.class, s -> s.withId("answer-q3_name")).getValue()).isEqualTo("Polismyndigheten");
        assertThat(_get(RadioButtonGroup.class, s -> s.withId("answer-q1_used")).getItemLabelGenerator().apply("yes"))
                .isEqualTo("Oui");
    }

    @Test
    void anotherCountrysResponseIsNotFound() {
        signInAs("fra.focal");
        UI.getCurrent().navigate(ResponseView.class, sweden);

        assertThat(_get(ResponseView.class).getElement().getTextRecursively())
                .contains("Questionnaire not found", "There is no assignment " + sweden);
    }

    @Test
    void whyAResponseIsNotFoundIsSaidInThePagesLanguage() {
        signInAs("fra.focal");
        UI.getCurrent().setLocale(java.util.Locale.FRENCH);
        UI.getCurrent().navigate(ResponseView.class, sweden);

        assertThat(_get(ResponseView.class).getElement().getTextRecursively())
                .contains("Il n’y a pas d’envoi " + sweden + ".").doesNotContain("There is no assignment");
    }

    @SuppressWarnings("unchecked")
    private static RadioButtonGroup<String> yesNo() {
        return _get(RadioButtonGroup.class, s -> s.withId("answer-q1_used"));
    }

    private static Span status() {
        return _get(Span.class, s -> s.withId("response-status"));
    }
}
