package org.qconsole.response.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.model.Question;
import org.qconsole.response.AnswerService;
import org.qconsole.response.DelegationFixtures;
import org.qconsole.response.InternalComment;
import org.qconsole.response.InternalComments;
import org.qconsole.support.ViewTest;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/** On the response's page, colleagues comment on a question and reply in its thread; the secretariat sees none of it. */
class InternalCommentsViewTest extends ViewTest {

    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    InternalComments comments;
    @Autowired
    ConsoleOidcUserService users;
    @Autowired
    ApplicationEventPublisher events;

    private long sweden;

    @BeforeEach
    void sendToSweden() {
        sweden = DelegationFixtures.sentToSwedenWithAColleague(users, events, assignments, answers, templates, "DISCV");
    }

    @Test
    void aContributorCommentsOnAQuestionAndTheFocalPointRepliesInTheThread() {
        signInAs("swe.contributor");
        UI.getCurrent().navigate(ResponseView.class, sweden);
        _click(_get(Button.class, s -> s.withId("internal-new-send")));
        assertThat(_get(Paragraph.class, s -> s.withId("internal-comment-error")).getText())
                .isEqualTo("Choose the question your comment is about.");
        @SuppressWarnings("unchecked")
        Select<Question> question = _get(Select.class, s -> s.withId("internal-new-question"));
        _setValue(question, labelled(question, "Question 3"));
        _setValue(_get(TextArea.class, s -> s.withId("internal-new-text")), "Do we count the cases of 2025 only?");
        _click(_get(Button.class, s -> s.withId("internal-new-send")));

        InternalComment first = comments.ofResponse(sweden).get(0);
        assertThat(first.questionKey()).isEqualTo("q3_cases");
        assertThat(_get(Div.class, s -> s.withId("internal-thread-" + first.id())).getElement().getTextRecursively())
                .contains("Question 3", "swe.contributor, ", ": Do we count the cases of 2025 only?");

        signInAs("swe.focal");
        UI.getCurrent().navigate(ResponseView.class, sweden);
        _setValue(_get(TextArea.class, s -> s.withId("internal-reply-text-" + first.id())), "Yes, 2025 only.");
        _click(_get(Button.class, s -> s.withId("internal-reply-send-" + first.id())));

        assertThat(comments.ofResponse(sweden)).hasSize(2);
        assertThat(_get(Div.class, s -> s.withId("internal-thread-" + first.id())).getElement().getTextRecursively())
                .contains("swe.focal, ", ": Yes, 2025 only.");
    }

    @Test
    void anEmptyReplyIsRefusedWithTheReason() {
        signInAs("swe.focal");
        long first = comments.comment(sweden, "q1_name", "Check the spelling.").id();
        UI.getCurrent().navigate(ResponseView.class, sweden);

        _click(_get(Button.class, s -> s.withId("internal-reply-send-" + first)));

        assertThat(_get(Paragraph.class, s -> s.withId("internal-comment-error")).getText())
                .isEqualTo("Write something: your colleagues read your comment.");
        assertThat(comments.ofResponse(sweden)).hasSize(1);
    }

    @Test
    void theSecretariatSeesNoCommentsBetweenColleagues() {
        signInAs("swe.focal");
        comments.comment(sweden, "q1_name", "Internal only.");
        signInAs("secretariat");
        UI.getCurrent().navigate(ResponseView.class, sweden);

        _assertNone(InternalCommentsPanel.class, s -> s.withId("internal-comments"));
        _assertNone(Div.class, s -> s.withClasses("qc-thread"));
    }
}
