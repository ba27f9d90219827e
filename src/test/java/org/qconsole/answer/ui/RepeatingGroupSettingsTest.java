package org.qconsole.answer.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Condition;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.Question;

/** The designer's settings of a repeating group: its label, its counts and its repeated questions. */
class RepeatingGroupSettingsTest {

    private AnswerSpecEditor editor;

    @BeforeEach
    void showTheEditor() {
        MockVaadin.setup();
        editor = new AnswerSpecEditor();
        UI.getCurrent().add(editor);
    }

    @AfterEach
    void tearDownVaadin() {
        MockVaadin.tearDown();
    }

    @Test
    void aDesignerBuildsAGroupOfRepeatedQuestionsEachWithItsOwnAnswerSettings() {
        _setValue(select("answer-kind"), "Repeating group");
        _setValue(_get(TextField.class, spec -> spec.withId("answer-item-label")), "Project");
        _setValue(_get(IntegerField.class, spec -> spec.withId("answer-min-items")), 1);
        _setValue(_get(IntegerField.class, spec -> spec.withId("answer-max-items")), 5);
        _setValue(_get(TextField.class, spec -> spec.withId("answer-group-0-key")), "title");
        _setValue(_get(TextField.class, spec -> spec.withId("answer-group-0-text")), "Title");
        _setValue(_get(Checkbox.class, spec -> spec.withId("answer-group-0-required")), true);

        _click(_get(Button.class, spec -> spec.withId("answer-group-add")));
        assertThat(select("answer-group-1-answer-kind").getListDataView().getItems().toList())
                .as("a group does not repeat inside another, nor hold documents")
                .doesNotContain("Repeating group", "Documents").contains("Number", "Table");
        _setValue(select("answer-group-1-answer-kind"), "Number");
        _setValue(_get(TextField.class, spec -> spec.withId("answer-group-1-text")), "Budget");
        _setValue(_get(Checkbox.class, spec -> spec.withId("answer-group-1-answer-integer")), true);

        AnswerSpec.RepeatingGroup group = (AnswerSpec.RepeatingGroup) editor.getValue();
        assertThat(group.itemLabel()).isEqualTo(LocalizedText.en("Project"));
        assertThat(group.minItems()).isEqualTo(1);
        assertThat(group.maxItems()).isEqualTo(5);
        assertThat(group.questions()).extracting(Question::key).containsExactly("title", "q2");
        assertThat(group.questions().get(0).required()).isTrue();
        assertThat(group.questions().get(1).text()).isEqualTo(LocalizedText.en("Budget"));
        assertThat(group.questions().get(1).answer()).isEqualTo(new AnswerSpec.NumberAnswer(true, null, null, null));

        _click(_get(Button.class, spec -> spec.withId("answer-group-1-up")));
        assertThat(((AnswerSpec.RepeatingGroup) editor.getValue()).questions()).extracting(Question::key)
                .containsExactly("q2", "title");
        _click(_get(Button.class, spec -> spec.withId("answer-group-0-down")));
        assertThat(((AnswerSpec.RepeatingGroup) editor.getValue()).questions()).extracting(Question::key)
                .containsExactly("title", "q2");
        _click(_get(Button.class, spec -> spec.withId("answer-group-1-up")));
        _click(_get(Button.class, spec -> spec.withId("answer-group-0-remove")));
        assertThat(((AnswerSpec.RepeatingGroup) editor.getValue()).questions()).extracting(Question::key)
                .containsExactly("title");
    }

    @Test
    void aRepeatedQuestionKeepsWhatTheDesignerDoesNotEditHere() {
        Question ended = new Question("ended", "b", LocalizedText.en("Completed on").with(
                org.qconsole.model.Language.FR, "Achevé le"), LocalizedText.en("The day"),
                new AnswerSpec.DateAnswer(null, null), true, null,
                new Condition.Answered("status"), List.of(), List.of());
        editor.setValue(new AnswerSpec.RepeatingGroup(LocalizedText.en("Project"), null, 3, List.of(ended)));

        _setValue(_get(TextField.class, spec -> spec.withId("answer-group-0-key")), "finished");
        _setValue(_get(IntegerField.class, spec -> spec.withId("answer-max-items")), 500);
        assertThat(_get(IntegerField.class, spec -> spec.withId("answer-max-items")).getErrorMessage())
                .isEqualTo("Enter 1 to 200");

        Question kept = ((AnswerSpec.RepeatingGroup) editor.getValue()).questions().get(0);
        assertThat(kept.key()).isEqualTo("finished");
        assertThat(kept.text().in(org.qconsole.model.Language.FR)).isEqualTo("Achevé le");
        assertThat(kept.visibleWhen()).isEqualTo(new Condition.Answered("status"));
        assertThat(((AnswerSpec.RepeatingGroup) editor.getValue()).maxItems()).isEqualTo(3);
        assertThat(kept.help()).isEqualTo(LocalizedText.en("The day"));
    }

    @SuppressWarnings("unchecked")
    private static Select<String> select(String id) {
        return _get(Select.class, spec -> spec.withId(id));
    }
}
