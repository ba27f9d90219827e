package org.qconsole.response.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import java.util.function.BiFunction;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.common.ui.Dates;
import org.qconsole.model.Question;
import org.qconsole.response.InternalComment;
import org.qconsole.response.InternalComments;

/**
 * For the State's own users, the comments between colleagues on the response's questions, thread by thread in
 * the questions' order, each led by a link to its question; a reply under each thread, and a new comment on any
 * question while the response is answered. The secretariat never sees this panel.
 */
final class InternalCommentsPanel extends VerticalLayout {

    private final transient InternalComments comments;
    private final long assignmentId;
    private final Runnable written;
    private final Paragraph error = new Paragraph();

    /**
     * @param mayWrite whether the signed-in user may comment now (the workflow's {@code DISCUSS})
     * @param goTo a link to a question, by its key and label
     * @param written shows the comments anew once one is written
     */
    InternalCommentsPanel(InternalComments comments, long assignmentId, List<Question> questions, boolean mayWrite,
            BiFunction<String, String, Component> goTo, Runnable written) {
        this.comments = comments;
        this.assignmentId = assignmentId;
        this.written = written;
        setId("internal-comments");
        setPadding(false);
        setSpacing(false);
        List<InternalComment> all = comments.ofResponse(assignmentId);
        if (all.isEmpty() && !mayWrite) {
            setVisible(false);
            return;
        }
        add(new H3(getTranslation("discussion.title")));
        error.setId("internal-comment-error");
        error.addClassName("qc-error");
        for (Question question : questions) {
            all.stream().filter(c -> c.startsThread() && c.questionKey().equals(question.key())).forEach(first ->
                    add(thread(first, all, goTo.apply(question.key(), label(question)), mayWrite)));
        }
        if (mayWrite) {
            add(newComment(questions));
        }
        add(error);
    }

    private Div thread(InternalComment first, List<InternalComment> all, Component link, boolean mayReply) {
        Div thread = new Div(link);
        thread.setId("internal-thread-" + first.id());
        thread.addClassName("qc-thread");
        thread.add(line(first));
        all.stream().filter(c -> c.threadId().filter(id -> id == first.id()).isPresent()).forEach(reply -> {
            Paragraph line = line(reply);
            line.addClassName("qc-reply");
            thread.add(line);
        });
        if (mayReply) {
            TextArea text = new TextArea(getTranslation("discussion.reply"));
            text.setId("internal-reply-text-" + first.id());
            text.setWidthFull();
            Button send = new Button(getTranslation("discussion.send"), e -> write(() ->
                    comments.reply(assignmentId, first.id(), text.getValue())));
            send.setId("internal-reply-send-" + first.id());
            send.addThemeVariants(ButtonVariant.LUMO_SMALL);
            thread.add(text, send);
        }
        return thread;
    }

    private Paragraph line(InternalComment comment) {
        Paragraph line = new Paragraph(getTranslation("discussion.line", comment.author(),
                Dates.moment(comment.writtenAt()), comment.text()));
        line.setId("internal-comment-" + comment.id());
        return line;
    }

    private Component newComment(List<Question> questions) {
        Select<Question> question = new Select<>();
        question.setLabel(getTranslation("discussion.question"));
        question.setId("internal-new-question");
        question.setItems(questions);
        question.setItemLabelGenerator(this::label);
        TextArea text = new TextArea(getTranslation("discussion.new"));
        text.setId("internal-new-text");
        text.setWidthFull();
        Button send = new Button(getTranslation("discussion.send"), e -> {
            if (question.getValue() == null) {
                error.setText(getTranslation("discussion.refused.noQuestion"));
                return;
            }
            write(() -> comments.comment(assignmentId, question.getValue().key(), text.getValue()));
        });
        send.setId("internal-new-send");
        HorizontalLayout form = new HorizontalLayout(question, text, send);
        form.setWidthFull();
        form.setAlignItems(Alignment.BASELINE);
        form.setFlexGrow(1, text);
        return form;
    }

    private String label(Question question) {
        return getTranslation("response.question", question.number());
    }

    private void write(java.util.function.Supplier<InternalComment> writing) {
        try {
            writing.get();
            written.run();
        } catch (AssignmentException e) {
            error.setText(e.reason(UI.getCurrent().getLocale()));
        }
    }
}
