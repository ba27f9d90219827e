package org.qconsole.answer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.answer.TranslatedAnswer;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;

/** A free-text answer with a version in another language beside it, in the fill-in, browserless. */
class TranslatedTextFieldTest {

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup();
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void aVersionAddedBesideTheAnswerIsSavedWithItAndRemovedWithoutIt() {
        QuestionnaireForm form = show(Language.FR);
        _setValue(_get(TextArea.class, spec -> spec.withId("answer-q1")), "Le registre Lex");
        assertThat(form.answers().get("q1")).isEqualTo(TextNode.valueOf("Le registre Lex"));

        Button add = _get(Button.class, spec -> spec.withId("answer-q1-translate"));
        assertThat(add.getText()).isEqualTo("Ajouter une version dans une autre langue");
        _click(add);
        TextArea version = _get(TextArea.class, spec -> spec.withId("answer-q1-translation"));
        assertThat(version.getLabel()).isEqualTo("Version dans la langue : English");
        _setValue(version, "The Lex register");
        assertThat(TranslatedAnswer.of(form.answers().get("q1")))
                .contains(new TranslatedAnswer("Le registre Lex", Language.EN, "The Lex register"));

        @SuppressWarnings("unchecked")
        Select<Language> language = _get(Select.class, spec -> spec.withId("answer-q1-translation-language"));
        _setValue(language, Language.ES);
        assertThat(version.getLabel()).isEqualTo("Version dans la langue : Español");
        assertThat(TranslatedAnswer.of(form.answers().get("q1"))).hasValueSatisfying(answer ->
                assertThat(answer.language()).isEqualTo(Language.ES));

        _click(_get(Button.class, spec -> spec.withId("answer-q1-translation-remove")));
        assertThat(form.answers().get("q1")).isEqualTo(TextNode.valueOf("Le registre Lex"));
        assertThat(add.isVisible()).isTrue();
    }

    @Test
    void aStoredVersionIsShownBesideTheAnswerAndReadOnlyWhenTheFormIs() {
        QuestionnaireForm form = show(Language.EN);
        form.setAnswers(Map.of("q1", new TranslatedAnswer("Registro Lex", Language.EN, "Lex register").toJson()));
        form.setReadOnly(true);

        TextArea version = _get(TextArea.class, spec -> spec.withId("answer-q1-translation"));
        assertThat(version.getValue()).isEqualTo("Lex register");
        assertThat(version.isReadOnly()).isTrue();
        assertThat(_get(TextArea.class, spec -> spec.withId("answer-q1")).getValue()).isEqualTo("Registro Lex");
        assertThat(_get(TextArea.class, spec -> spec.withId("answer-q1")).getAriaLabel())
                .contains("Describe the system.");
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(Button.class,
                spec -> spec.withId("answer-q1-translation-remove"))).isEmpty();
    }

    private static QuestionnaireForm show(Language language) {
        return OneQuestionForm.show("Describe the system.", new AnswerSpec.LongText(500), false, language);
    }
}
