package org.qconsole.answer.ui;

import com.vaadin.flow.component.UI;
import java.util.List;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.Question;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;

/** A questionnaire of one question {@code q1} in one section, shown in the mocked UI, for a field's tests. */
final class OneQuestionForm {

    private OneQuestionForm() {
    }

    static QuestionnaireForm show(String text, AnswerSpec answer, boolean required, Language language) {
        Question question = new Question("q1", "1", LocalizedText.en(text), LocalizedText.EMPTY, answer, required,
                null, null, List.of(), List.of());
        TemplateDefinition definition = new TemplateDefinition(LocalizedText.en("One question"), "CU",
                LocalizedText.EMPTY, List.of(), List.of(new Section("s1", "I", LocalizedText.en("Section"),
                        LocalizedText.EMPTY, List.of(), List.of(question), null)));
        QuestionnaireForm form = new QuestionnaireForm(definition, language);
        UI.getCurrent().add(form);
        return form;
    }
}
