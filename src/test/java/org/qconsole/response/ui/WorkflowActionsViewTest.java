package org.qconsole.response.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.qconsole.model.Language;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.identity.ConsoleOidcUserService;
import org.qconsole.model.Question;
import org.qconsole.response.AnswerService;
import org.qconsole.response.HistoryEntry;
import org.qconsole.response.ResponseHistoryService;
import org.qconsole.response.ResponseWorkflow;
import org.qconsole.response.ResponsesInEveryStatus;
import org.qconsole.response.ReviewComment;
import org.qconsole.response.WorkflowAction;
import org.qconsole.support.ViewTest;
import org.qconsole.template.TemplateService;
import org.springframework.beans.factory.annotation.Autowired;

/** The fill-in page shows exactly the workflow's allowed actions, and each button and dialog does its step. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WorkflowActionsViewTest extends ViewTest {

    /** The button (or link) that stands for each action the workflow buttons render. */
    private static final Map<WorkflowAction, String> BUTTONS = Map.ofEntries(
            Map.entry(WorkflowAction.SUBMIT, "response-submit"), Map.entry(WorkflowAction.ACCEPT, "response-accept"),
            Map.entry(WorkflowAction.RETURN, "response-return"), Map.entry(WorkflowAction.REOPEN, "response-reopen"),
            Map.entry(WorkflowAction.SEE_HISTORY, "response-history-link"),
            Map.entry(WorkflowAction.ASK_FOR_EXTENSION, "response-ask-extension"),
            Map.entry(WorkflowAction.ASK_TO_REOPEN, "response-ask-reopening"),
            Map.entry(WorkflowAction.DELEGATE, "delegation-give-open"),
            Map.entry(WorkflowAction.MARK_READY, "section-ready"),
            Map.entry(WorkflowAction.REVIEW_SECTIONS, "section-approve"),
            Map.entry(WorkflowAction.DISCUSS, "internal-new-send"));

    @Autowired
    TemplateService templates;
    @Autowired
    AssignmentService assignments;
    @Autowired
    AnswerService answers;
    @Autowired
    ResponseWorkflow workflow;
    @Autowired
    ResponseHistoryService histories;
    @Autowired
    ConsoleOidcUserService users;

    private ResponsesInEveryStatus responses;
    private Map<AssignmentStatus, Long> sweden;

    @BeforeAll
    void swedenInEveryStatus() {
        responses = new ResponsesInEveryStatus(users, templates, assignments, answers, workflow, "WFV");
        sweden = responses.all();
    }

    @ParameterizedTest(name = "{1}, response {0}")
    @MethodSource("org.qconsole.response.ResponsesInEveryStatus#everyStatusAndUser")
    void thePageShowsExactlyTheAllowedActions(AssignmentStatus status, String user) {
        long id = sweden.get(status);
        signInAs(user);
        Set<WorkflowAction> allowed = workflow.allowedActions(id);

        UI.getCurrent().navigate(ResponseView.class, id);

        Set<WorkflowAction> shown = EnumSet.noneOf(WorkflowAction.class);
        BUTTONS.forEach((action, button) -> {
            if (!_find(Component.class, s -> s.withId(button)).isEmpty()) {
                shown.add(action);
            }
        });
        if (!status().getText().equals("Read only")) {
            shown.add(WorkflowAction.ANSWER);
        }
        Set<WorkflowAction> expected = EnumSet.noneOf(WorkflowAction.class);
        expected.addAll(allowed);
        expected.remove(WorkflowAction.COPY_EARLIER_ANSWERS); // shown only when there is something to copy
        assertThat(shown).isEqualTo(expected);
        assertThat(_find(Button.class, s -> s.withId("response-prefill"))).as("nothing earlier to copy").isEmpty();
    }

    @Test
    void theSecretariatAcceptsASubmittedResponse() {
        long id = responses.in(AssignmentStatus.SUBMITTED);
        signInAs("secretariat");
        UI.getCurrent().navigate(ResponseView.class, id);

        _click(_get(Button.class, s -> s.withId("response-accept")));

        assertThat(assignments.assignment(id).status()).isEqualTo(AssignmentStatus.ACCEPTED);
        UI.getCurrent().navigate(ResponseView.class, id);
        assertThat(_find(Button.class, s -> s.withId("response-accept"))).isEmpty();
        assertThat(_find(Button.class, s -> s.withId("response-reopen"))).hasSize(1);
    }

    @Test
    void aResponseAcceptedMeanwhileIsNotAcceptedTwiceAndThePageSaysWhy() {
        long id = responses.in(AssignmentStatus.SUBMITTED);
        signInAs("secretariat");
        UI.getCurrent().navigate(ResponseView.class, id);
        workflow.accept(id); // a colleague, in another tab

        _click(_get(Button.class, s -> s.withId("response-accept")));

        assertThat(status().getText()).isEqualTo("This questionnaire is accepted; it cannot be accepted now.");
        assertThat(status().getElement().getAttribute("data-state")).isEqualTo("error");
        assertThat(histories.history(id, Language.EN).entries()).filteredOn(e -> e.what().equals("Accepted")).hasSize(1);
    }

    @Test
    void theReturnDialogCollectsAMessageAndCommentsOnQuestions() {
        long id = responses.in(AssignmentStatus.SUBMITTED);
        signInAs("secretariat");
        UI.getCurrent().navigate(ResponseView.class, id);
        _click(_get(Button.class, s -> s.withId("response-return")));

        _click(_get(Button.class, s -> s.withId("return-confirm")));
        assertThat(_get(Paragraph.class, s -> s.withId("return-error")).getText())
                .isEqualTo("Say what the country should change: a comment on a question or a message.");

        choose("q1_used");
        _setValue(_get(TextArea.class, s -> s.withId("return-comment")), "Your report says otherwise.");
        _click(_get(Button.class, s -> s.withId("return-add")));
        assertThat(_get(TextArea.class, s -> s.withId("return-comment")).getValue()).as("ready for the next").isEmpty();
        choose("q3_name");
        _setValue(_get(TextArea.class, s -> s.withId("return-comment")), "Which authority?");
        _setValue(_get(TextArea.class, s -> s.withId("return-message")), "Almost there.");
        _click(_get(Button.class, s -> s.withId("return-confirm")));

        assertThat(assignments.assignment(id).status()).isEqualTo(AssignmentStatus.RETURNED);
        assertThat(workflow.comments(id)).extracting(ReviewComment::questionKey, ReviewComment::comment)
                .containsExactlyInAnyOrder(tuple("q1_used", "Your report says otherwise."),
                        tuple("q3_name", "Which authority?"));
        assertThat(histories.history(id, Language.EN).entries()).filteredOn(e -> e.what().equals("Returned"))
                .extracting(HistoryEntry::note).containsExactly("Almost there.");
    }

    @Test
    void theReopenDialogAsksWhyAndReopens() {
        long id = responses.in(AssignmentStatus.ACCEPTED);
        signInAs("secretariat");
        UI.getCurrent().navigate(ResponseView.class, id);
        _click(_get(Button.class, s -> s.withId("response-reopen")));

        _click(_get(Button.class, s -> s.withId("reopen-confirm")));
        assertThat(_get(Paragraph.class, s -> s.withId("reopen-error")).getText())
                .isEqualTo("Say why the response is reopened; the country will see it.");
        _setValue(_get(TextArea.class, s -> s.withId("reopen-reason")), "A figure needs checking.");
        _click(_get(Button.class, s -> s.withId("reopen-confirm")));

        assertThat(assignments.assignment(id).status()).isEqualTo(AssignmentStatus.RETURNED);
        assertThat(histories.history(id, Language.EN).entries()).filteredOn(e -> e.what().equals("Reopened"))
                .extracting(HistoryEntry::note).containsExactly("A figure needs checking.");
    }

    @Test
    void cancellingADialogChangesNothing() {
        long submitted = responses.in(AssignmentStatus.SUBMITTED);
        long accepted = responses.in(AssignmentStatus.ACCEPTED);
        signInAs("secretariat");
        UI.getCurrent().navigate(ResponseView.class, submitted);
        _click(_get(Button.class, s -> s.withId("response-return")));
        _setValue(_get(TextArea.class, s -> s.withId("return-message")), "Not sent");
        _click(_get(Button.class, s -> s.withId("return-cancel")));
        assertThat(_find(Dialog.class, s -> { })).noneMatch(Dialog::isOpened);

        UI.getCurrent().navigate(ResponseView.class, accepted);
        _click(_get(Button.class, s -> s.withId("response-reopen")));
        _click(_get(Button.class, s -> s.withId("reopen-cancel")));
        assertThat(_find(Dialog.class, s -> { })).noneMatch(Dialog::isOpened);

        assertThat(assignments.assignment(submitted).status()).isEqualTo(AssignmentStatus.SUBMITTED);
        assertThat(assignments.assignment(accepted).status()).isEqualTo(AssignmentStatus.ACCEPTED);
        assertThat(workflow.comments(submitted)).isEmpty();
    }

    @Test
    void aRefusedSubmissionIsHandedToThePageWhichListsTheMissingAnswers() {
        long id = responses.in(AssignmentStatus.NOT_STARTED);
        signInAs("swe.focal");
        UI.getCurrent().navigate(ResponseView.class, id);

        _click(_get(Button.class, s -> s.withId("response-submit")));

        assertThat(_get(com.vaadin.flow.component.html.Div.class, s -> s.withId("submit-problems")).isVisible()).isTrue();
        assertThat(assignments.assignment(id).status()).isEqualTo(AssignmentStatus.NOT_STARTED);
        assertThat(histories.history(id, Language.EN).entries()).noneMatch(e -> e.what().equals("Submitted"));
    }

    @SuppressWarnings("unchecked")
    private static void choose(String questionKey) {
        Select<Question> question = _get(Select.class, s -> s.withId("return-question"));
        _setValue(question, question.getListDataView().getItems().filter(q -> q.key().equals(questionKey))
                .findFirst().orElseThrow());
    }

    private static Span status() {
        return _get(Span.class, s -> s.withId("response-status"));
    }
}
