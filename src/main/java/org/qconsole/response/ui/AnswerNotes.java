package org.qconsole.response.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.qconsole.common.ui.Dates;
import org.qconsole.answer.ui.QuestionnaireForm;
import org.qconsole.response.ReviewComment;
import org.qconsole.response.StoredAnswer;
import org.qconsole.model.Question;

/**
 * The line under each answer: who changed it last and the secretariat's comment on it; and the panel that
 * lists the secretariat's comments, each a link to its question.
 */
final class AnswerNotes {

    private final QuestionnaireForm form;
    private final Map<String, String> lastChanged = new HashMap<>();
    private final Map<String, String> reviewComments = new HashMap<>();

    AnswerNotes(QuestionnaireForm form, List<ReviewComment> comments) {
        this.form = form;
        comments.forEach(c -> reviewComments.merge(c.questionKey(), c.comment() + " (" + c.author() + ", "
                + Dates.moment(c.at()) + " UTC)", (first, next) -> first + " · " + next));
        reviewComments.keySet().forEach(this::refresh);
    }

    void changed(StoredAnswer answer) {
        lastChanged.put(answer.questionKey(), I18NProvider.translate("response.lastChanged", answer.updatedBy(),
                Dates.moment(answer.updatedAt())));
        refresh(answer.questionKey());
    }

    private void refresh(String key) {
        String changed = lastChanged.getOrDefault(key, "");
        String comment = reviewComments.containsKey(key)
                ? I18NProvider.translate("response.secretariatComment", reviewComments.get(key)) : "";
        form.setNote(key, changed.isEmpty() ? comment : comment.isEmpty() ? changed : changed + " · " + comment);
    }

    /** The secretariat's comments, in the questions' order; hidden when there are none. */
    Component commentsPanel(List<Question> questions, BiFunction<String, String, Component> goTo) {
        Div panel = new Div();
        panel.setId("review-comments");
        if (reviewComments.isEmpty()) {
            panel.setVisible(false);
            return panel;
        }
        panel.addClassName("qc-review-comments");
        panel.add(new H3(I18NProvider.translate("response.comments")));
        UnorderedList list = new UnorderedList();
        questions.stream().filter(q -> reviewComments.containsKey(q.key()))
                .forEach(q -> list.add(new ListItem(goTo.apply(q.key(), I18NProvider.translate("response.question", q.number())),
                        new Span(": " + reviewComments.get(q.key())))));
        panel.add(list);
        return panel;
    }
}
