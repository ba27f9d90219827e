package org.qconsole.answer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.AnswerSpecParts.Option;
import org.qconsole.model.Condition;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.Question;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;

/**
 * Filling a repeating group: a card per repetition headed by its number, a question asked only when its
 * repetition's answer says so, repetitions added up to the most, moved and removed, and the answer in order.
 */
class RepeatingGroupFieldTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private QuestionnaireForm form;

    @BeforeEach
    void showAGroupOfProjects() {
        MockVaadin.setup();
        Question title = repeated("title", "Title", new AnswerSpec.ShortText(null), null);
        Question status = repeated("status", "Status", new AnswerSpec.SingleChoice(List.of(
                new Option("ongoing", LocalizedText.en("Ongoing")), new Option("done", LocalizedText.en("Completed"))),
                null), null);
        Question ended = repeated("ended", "Completed on", new AnswerSpec.DateAnswer(null, null),
                new Condition.Equals("status", TextNode.valueOf("done")));
        Question projects = new Question("q9", "9", LocalizedText.en("Your projects"), null,
                new AnswerSpec.RepeatingGroup(LocalizedText.en("Project"), 1, 2, List.of(title, status, ended)),
                true, null, null, List.of(), List.of());
        form = new QuestionnaireForm(new TemplateDefinition(LocalizedText.en("Projects"), "", null, List.of(),
                List.of(new Section("s", "I", LocalizedText.en("Projects"), null, null, List.of(projects), null))),
                Language.EN);
        UI.getCurrent().add(form);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void aRepetitionAsksItsFollowUpOnlyWhenItsOwnAnswerSaysSo() throws Exception {
        assertThat(_get(H4.class, spec -> spec.withText("Project 1"))).isNotNull();
        assertThat(line("answer-q9-0-ended").isVisible()).isFalse();

        _setValue(_get(TextField.class, spec -> spec.withId("answer-q9-0-title")), "Water");
        status(0, "done");
        assertThat(line("answer-q9-0-ended").isVisible()).isTrue();
        _setValue(_get(DatePicker.class, spec -> spec.withId("answer-q9-0-ended")), LocalDate.of(2025, 6, 30));
        assertThat(form.answers().get("q9")).isEqualTo(JSON.readTree(
                "[{\"title\": \"Water\", \"status\": \"done\", \"ended\": \"2025-06-30\"}]"));

        status(0, "ongoing");
        assertThat(line("answer-q9-0-ended").isVisible()).isFalse();
        assertThat(form.answers().get("q9")).as("a question no longer asked sends no answer")
                .isEqualTo(JSON.readTree("[{\"title\": \"Water\", \"status\": \"ongoing\"}]"));
    }

    @Test
    void repetitionsAreAddedUpToTheMostMovedAndRemoved() throws Exception {
        _setValue(_get(TextField.class, spec -> spec.withId("answer-q9-0-title")), "Water");
        _click(button("answer-q9-add"));
        assertThat(_get(H4.class, spec -> spec.withText("Project 2"))).isNotNull();
        assertThat(button("answer-q9-add").isEnabled()).as("two is the most").isFalse();
        _setValue(_get(TextField.class, spec -> spec.withId("answer-q9-1-title")), "Roads");

        _click(button("answer-q9-1-up"));
        assertThat(form.answers().get("q9")).isEqualTo(JSON.readTree("[{\"title\": \"Roads\"}, {\"title\": \"Water\"}]"));
        assertThat(_get(TextField.class, spec -> spec.withId("answer-q9-0-title")).getValue()).isEqualTo("Roads");
        _click(button("answer-q9-0-down"));
        assertThat(form.answers().get("q9")).isEqualTo(JSON.readTree("[{\"title\": \"Water\"}, {\"title\": \"Roads\"}]"));
        assertThat(button("answer-q9-1-down").isEnabled()).as("the last cannot go further down").isFalse();
        _click(button("answer-q9-1-up"));

        _click(button("answer-q9-0-remove"));
        assertThat(form.answers().get("q9")).isEqualTo(JSON.readTree("[{\"title\": \"Water\"}]"));
        assertThat(button("answer-q9-add").isEnabled()).isTrue();
    }

    @Test
    void aStoredAnswerIsShownInItsRepetitions() throws Exception {
        form.setAnswers(java.util.Map.of("q9", JSON.readTree(
                "[{\"title\": \"Water\", \"status\": \"done\", \"ended\": \"2025-06-30\"}, {\"title\": \"Roads\"}]")));

        assertThat(_get(TextField.class, spec -> spec.withId("answer-q9-1-title")).getValue()).isEqualTo("Roads");
        assertThat(line("answer-q9-0-ended").isVisible()).isTrue();
        assertThat(line("answer-q9-1-ended").isVisible()).isFalse();
    }

    @SuppressWarnings("unchecked")
    private static void status(int repetition, String value) {
        _setValue(_get(RadioButtonGroup.class, spec -> spec.withId("answer-q9-" + repetition + "-status")), value);
    }

    private static Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    /** The line holding a repeated question's input, hidden when the question is not asked. */
    private Component line(String inputId) {
        return descendants(form).filter(c -> c.getId().equals(Optional.of(inputId))).findFirst().orElseThrow()
                .getParent().orElseThrow();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(RepeatingGroupFieldTest::descendants));
    }

    private static Question repeated(String key, String text, AnswerSpec answer, Condition visibleWhen) {
        return new Question(key, "", LocalizedText.en(text), null, answer, false, null, visibleWhen, List.of(),
                List.of());
    }
}
