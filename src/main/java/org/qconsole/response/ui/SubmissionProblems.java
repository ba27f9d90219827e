package org.qconsole.response.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.function.BiFunction;
import org.qconsole.model.Language;
import org.qconsole.response.SubmissionRefused;

/**
 * Why a submission was refused, above the form: every required question not answered yet and every answer
 * that fails a check reading another answer, in any section, each a link that opens its section at the question. Hidden until a submission is refused.
 */
final class SubmissionProblems extends Div {

    private final transient BiFunction<String, String, Component> linkToQuestion;

    /** @param linkToQuestion a link to a question, by its key and with its label */
    SubmissionProblems(BiFunction<String, String, Component> linkToQuestion) {
        this.linkToQuestion = linkToQuestion;
        setId("submit-problems");
        addClassName("qc-problems");
        setVisible(false);
    }

    void show(SubmissionRefused refused) {
        removeAll();
        add(new Paragraph(refused.reason(Language.of(getLocale()))));
        UnorderedList list = new UnorderedList();
        Language language = QuestionnaireLanguage.current();
        refused.missing().forEach(m -> list.add(new ListItem(linkToQuestion.apply(m.questionKey(),
                (m.number().isBlank() ? "" : m.number() + " ") + m.text().in(language)))));
        refused.problems().forEach(p -> list.add(new ListItem(linkToQuestion.apply(p.questionKey(),
                (p.number().isBlank() ? "" : p.number() + " ") + p.text().in(language) + ": "
                        + p.problem().in(language)))));
        add(list);
        setVisible(true);
    }
}
