package org.qconsole.template.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.TextNode;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Condition;
import org.qconsole.model.Question;
import org.qconsole.support.ViewTest;
import org.qconsole.template.TemplateService;
import org.qconsole.template.TemplateVersion;
import org.springframework.beans.factory.annotation.Autowired;

/** A designer builds a repeating group whose second question shows only when the first says so in its repetition. */
class DesignerRepeatingGroupTest extends ViewTest {

    @Autowired
    TemplateService templates;

    @Test
    void aRepeatedQuestionGetsAConditionOnAnEarlierQuestionOfItsRepetition() {
        TemplateVersion draft = designGroup();
        _setValue(_get(TextField.class, s -> s.withId("answer-item-label")), "Project");
        _setValue(_get(TextField.class, s -> s.withId("answer-group-0-key")), "funded");
        _setValue(_get(TextField.class, s -> s.withId("answer-group-0-text")), "Is it funded?");
        _setValue(select("answer-group-0-answer-kind"), "Yes / No");
        _click(_get(Button.class, s -> s.withId("answer-group-add")));
        _setValue(_get(TextField.class, s -> s.withId("answer-group-1-text")), "By whom?");

        _setValue(_get(Checkbox.class, s -> s.withId("answer-group-1-visible-on")), true);
        @SuppressWarnings("unchecked")
        Select<Question> on = _get(Select.class, s -> s.withId("answer-group-1-visible-question-0"));
        assertThat(on.getListDataView().getItems()).extracting(Question::key).containsExactly("funded");
        _setValue(on, on.getListDataView().getItems().findFirst().orElseThrow());
        _setValue(select("answer-group-1-visible-test-0"), "is Yes");

        Question group = templates.version(draft.id()).definition().questions().get(0);
        AnswerSpec.RepeatingGroup spec = (AnswerSpec.RepeatingGroup) group.answer();
        assertThat(spec.questions().get(1).visibleWhen())
                .isEqualTo(new Condition.Equals("funded", TextNode.valueOf("yes")));
        assertThat(templates.problems(draft.id())).isEmpty();
    }

    @Test
    void aRepeatedQuestionIsRequiredOnlyWhenAnEarlierQuestionOfItsRepetitionSaysSo() {
        TemplateVersion draft = designGroup();
        _setValue(_get(TextField.class, s -> s.withId("answer-group-0-key")), "done");
        _setValue(_get(TextField.class, s -> s.withId("answer-group-0-text")), "Completed?");
        _setValue(select("answer-group-0-answer-kind"), "Yes / No");
        _click(_get(Button.class, s -> s.withId("answer-group-add")));
        _setValue(_get(TextField.class, s -> s.withId("answer-group-1-key")), "report");
        _setValue(_get(TextField.class, s -> s.withId("answer-group-1-text")), "Final report reference");

        _setValue(_get(Checkbox.class, s -> s.withId("answer-group-1-required-when-on")), true);
        @SuppressWarnings("unchecked")
        Select<Question> on = _get(Select.class, s -> s.withId("answer-group-1-required-when-question-0"));
        _setValue(on, on.getListDataView().getItems().findFirst().orElseThrow());
        _setValue(select("answer-group-1-required-when-test-0"), "is Yes");
        assertThat(templates.problems(draft.id())).as("a condition on a question that is not marked required")
                .extracting(p -> p.message()).anyMatch(m -> m.contains("not marked required"));
        _setValue(_get(Checkbox.class, s -> s.withId("answer-group-1-required")), true);

        AnswerSpec.RepeatingGroup spec = (AnswerSpec.RepeatingGroup) templates.version(draft.id()).definition()
                .questions().get(0).answer();
        Question report = spec.questions().get(1);
        assertThat(report.requiredWhen()).isEqualTo(new Condition.Equals("done", TextNode.valueOf("yes")));
        assertThat(report.visibleWhen()).isNull();
        assertThat(report.required()).isTrue();
        assertThat(templates.problems(draft.id())).isEmpty();
    }

    /** A new draft whose first question, open in the designer, is a repeating group. */
    private TemplateVersion designGroup() {
        signInAs("secretariat");
        TemplateVersion draft = templates.create("GRP-" + UUID.randomUUID().toString().substring(0, 6), "Projects");
        UI.getCurrent().navigate(DesignerView.class, draft.id());
        _click(_get(Button.class, s -> s.withId("designer-add-section")));
        _setValue(_get(TextField.class, s -> s.withId("section-title-en")), "Projects");
        _click(_get(Button.class, s -> s.withId("designer-add-question")));
        _setValue(select("answer-kind"), "Repeating group");
        return draft;
    }

    @SuppressWarnings("unchecked")
    private static Select<String> select(String id) {
        return _get(Select.class, s -> s.withId(id));
    }
}
