package org.qconsole.answer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.answer.AnswerChecksTest;
import org.qconsole.model.Language;

/**
 * The checks of AnswerChecksTest's questionnaire in the fill-in, browserless: the designer's message shows under
 * the field as the respondent types, in the questionnaire's language, and what it refuses is not kept.
 */
class AnswerChecksFieldsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void aPatternsMessageShowsUnderTheFieldInTheQuestionnairesLanguage() {
        QuestionnaireForm form = show(Language.FR);

        _setValue(_get(TextField.class, spec -> spec.withId("answer-q2_case")), "abc-12");

        assertThat(error("q2_case").isVisible()).isTrue();
        assertThat(error("q2_case").getText()).isEqualTo(AnswerChecksTest.CASE_MESSAGE.in(Language.FR));
        assertThat(form.answers()).as("not kept").doesNotContainKey("q2_case");

        _setValue(_get(TextField.class, spec -> spec.withId("answer-q2_case")), "ABC-1234");
        assertThat(error("q2_case").isVisible()).isFalse();
        assertThat(form.answers().get("q2_case")).isEqualTo(TextNode.valueOf("ABC-1234"));

        _setValue(_get(TextField.class, spec -> spec.withId("answer-q1_email")), "mla at justice");
        assertThat(error("q1_email").getText()).as("the format's own words, in French too")
                .isEqualTo("Saisissez une adresse électronique, par exemple nom@example.org.");
    }

    @Test
    void ofWhichAboveTheTotalShowsTheMessageUntilEitherIsCorrected() {
        QuestionnaireForm form = show(Language.FR);
        IntegerField total = _get(IntegerField.class, spec -> spec.withId("answer-q3_total"));
        IntegerField granted = _get(IntegerField.class, spec -> spec.withId("answer-q4_granted"));

        _setValue(total, 10);
        _setValue(granted, 12);
        assertThat(error("q4_granted").getText()).as("no French: the English message")
                .isEqualTo(AnswerChecksTest.OF_WHICH_MESSAGE.english());
        assertThat(form.answers()).doesNotContainKey("q4_granted");

        _setValue(total, 20);
        assertThat(error("q4_granted").isVisible()).as("fits the new total").isFalse();
        assertThat(form.answers().get("q4_granted")).as("kept now").isEqualTo(IntNode.valueOf(12));

        _setValue(total, 5);
        assertThat(form.answers().get("q3_total")).as("the total is right on its own").isEqualTo(IntNode.valueOf(5));
        assertThat(error("q4_granted").isVisible()).as("shown on the answer compared").isTrue();
        assertThat(form.hasProblems()).isTrue();
    }

    @Test
    void aStoredOfWhichAboveItsTotalShowsItsMessageWhenTheFormOpens() {
        QuestionnaireForm form = show(Language.ES);
        form.setAnswers(Map.of("q3_total", IntNode.valueOf(5), "q4_granted", IntNode.valueOf(8)));

        assertThat(error("q4_granted").getText()).isEqualTo(AnswerChecksTest.OF_WHICH_MESSAGE.in(Language.ES));
    }

    @Test
    void theNumbersOfTheBoxesAreAddedUpOnceEachChosenBoxHasOne() throws Exception {
        QuestionnaireForm form = show(Language.EN);
        _setValue(_get(ChoiceBoxes.class, spec -> spec.withId("answer-q5_channels")), Set.of("email", "post"));
        NumberField email = _get(NumberField.class, spec -> spec.withId("answer-q5_channels-specify-email"));
        NumberField post = _get(NumberField.class, spec -> spec.withId("answer-q5_channels-specify-post"));

        _setValue(email, 60.0);
        assertThat(error("q5_channels").isVisible()).as("post still empty").isFalse();
        _setValue(post, 30.0);
        assertThat(error("q5_channels").getText()).isEqualTo("The numbers must total 100; they total 90.");
        _setValue(post, 40.0);

        assertThat(error("q5_channels").isVisible()).isFalse();
        assertThat(form.answers().get("q5_channels")).isEqualTo(JSON.readTree(
                "{\"selected\": [\"email\", \"post\"], \"specify\": {\"email\": 60, \"post\": 40}}"));
    }

    /** The problem under a question's answer, also while it is hidden (Karibu's locator finds visible ones only). */
    private static Span error(String key) {
        return descendants(UI.getCurrent()).filter(c -> c instanceof Span && ("error-" + key).equals(
                c.getId().orElse(null))).map(Span.class::cast).findFirst().orElseThrow();
    }

    private static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(
            com.vaadin.flow.component.Component parent) {
        return parent.getChildren().flatMap(child -> java.util.stream.Stream.concat(java.util.stream.Stream.of(child),
                descendants(child)));
    }

    private static QuestionnaireForm show(Language language) {
        QuestionnaireForm form = new QuestionnaireForm(AnswerChecksTest.checked(), language);
        UI.getCurrent().add(form);
        return form;
    }
}
