package org.qconsole.answer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.model.AnswerSpecParts.Option;
import org.qconsole.model.AnswerSpecParts.Specify;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;

/** The box beside an option in the fill-in, browserless: shown while its option is chosen, its words in the answer. */
class OptionBoxFieldsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<Option> LAW = List.of(
            new Option("yes", LocalizedText.en("Yes")),
            new Option("partly", LocalizedText.en("Yes, to some extent"))
                    .withSpecify(new Specify(LocalizedText.en("Which sectors?").with(Language.FR, "Quels secteurs ?"),
                            true)),
            new Option("no", LocalizedText.en("No")));

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void aSingleChoicesBoxShowsWhileItsOptionIsChosenAndItsWordsGoIntoTheAnswer() throws Exception {
        QuestionnaireForm form = show(new AnswerSpec.SingleChoice(LAW, null), Language.EN);
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> law = _get(RadioButtonGroup.class, spec -> spec.withId("answer-q1"));
        TextField box = box("answer-q1-specify-partly");
        assertThat(box.isVisible()).isFalse();
        assertThat(box.getLabel()).isEqualTo("Yes, to some extent: Which sectors?");
        assertThat(box.isRequiredIndicatorVisible()).isTrue();

        _setValue(law, "partly");
        assertThat(box.isVisible()).isTrue();
        assertThat(form.answers().get("q1")).as("no words yet").isEqualTo(TextNode.valueOf("partly"));
        _setValue(box, "Customs");
        assertThat(form.answers().get("q1"))
                .isEqualTo(JSON.readTree("{\"selected\": \"partly\", \"specify\": {\"partly\": \"Customs\"}}"));

        _setValue(law, "yes");
        assertThat(box.isVisible()).isFalse();
        assertThat(form.answers().get("q1")).as("the words of an option not chosen are not kept")
                .isEqualTo(TextNode.valueOf("yes"));
    }

    @Test
    void aStoredAnswerShowsItsWordsInTheBoxAndTheLanguageOfTheQuestionnaire() throws Exception {
        QuestionnaireForm form = show(new AnswerSpec.SingleChoice(LAW, AnswerSpec.Display.DROPDOWN), Language.FR);
        form.setAnswers(Map.of("q1", JSON.readTree("{\"selected\": \"partly\", \"specify\": {\"partly\": \"Douanes\"}}")));

        @SuppressWarnings("unchecked")
        Select<String> law = _get(Select.class, spec -> spec.withId("answer-q1"));
        TextField box = box("answer-q1-specify-partly");
        assertThat(law.getValue()).isEqualTo("partly");
        assertThat(box.isVisible()).isTrue();
        assertThat(box.getValue()).isEqualTo("Douanes");
        assertThat(box.getLabel()).endsWith("Quels secteurs ?");
    }

    @Test
    void aMultipleChoiceKeepsTheWordsOfEachChosenOptionsBox() throws Exception {
        QuestionnaireForm form = show(new AnswerSpec.MultipleChoice(List.of(
                new Option("ministry", LocalizedText.en("Ministry")),
                new Option("audit", LocalizedText.en("Audit office")).withSpecify(new Specify(null, false)),
                new Option("none", LocalizedText.en("Nobody"), true)), null), Language.EN);
        ChoiceBoxes choices = _get(ChoiceBoxes.class, spec -> spec.withId("answer-q1"));
        TextField box = box("answer-q1-specify-audit");
        assertThat(box.getLabel()).isEqualTo("Audit office: Please specify");

        _setValue(choices, Set.of("ministry", "audit"));
        _setValue(box, "Court of Accounts");
        assertThat(form.answers().get("q1")).isEqualTo(JSON.readTree(
                "{\"selected\": [\"ministry\", \"audit\"], \"specify\": {\"audit\": \"Court of Accounts\"}}"));

        _setValue(choices, Set.of("ministry", "audit", "none"));
        assertThat(box.isVisible()).as("the option chosen alone cleared it").isFalse();
        assertThat(form.answers().get("q1")).isEqualTo(JSON.readTree("{\"selected\": [\"none\"]}"));
    }

    /** A box by its id, also while it is hidden (Karibu's locator finds visible components only). */
    private static TextField box(String id) {
        return descendants(UI.getCurrent()).filter(c -> c instanceof TextField && id.equals(c.getId().orElse(null)))
                .map(TextField.class::cast).findFirst().orElseThrow();
    }

    private static java.util.stream.Stream<com.vaadin.flow.component.Component> descendants(
            com.vaadin.flow.component.Component parent) {
        return parent.getChildren().flatMap(child -> java.util.stream.Stream.concat(java.util.stream.Stream.of(child),
                descendants(child)));
    }

    @Test
    void aNumberBoxTakesANumberWithItsUnit() throws Exception {
        AnswerSpec.NumberBox percent = new AnswerSpec.NumberBox(true, java.math.BigDecimal.ZERO,
                java.math.BigDecimal.valueOf(100), LocalizedText.en("%"));
        QuestionnaireForm form = show(new AnswerSpec.MultipleChoice(List.of(
                new Option("email", LocalizedText.en("Email")).withSpecify(new Specify(LocalizedText.en("Share"),
                        false, percent))), null), Language.EN);
        _setValue(_get(ChoiceBoxes.class, spec -> spec.withId("answer-q1")), Set.of("email"));

        com.vaadin.flow.component.textfield.IntegerField share = _get(
                com.vaadin.flow.component.textfield.IntegerField.class, spec -> spec.withId("answer-q1-specify-email"));
        assertThat(share.getLabel()).isEqualTo("Email: Share");
        assertThat(share.getMax()).isEqualTo(100);
        _setValue(share, 60);

        assertThat(form.answers().get("q1"))
                .isEqualTo(JSON.readTree("{\"selected\": [\"email\"], \"specify\": {\"email\": 60}}"));
    }

    private static QuestionnaireForm show(AnswerSpec answer, Language language) {
        return OneQuestionForm.show("Is the law in force?", answer, true, language);
    }
}
