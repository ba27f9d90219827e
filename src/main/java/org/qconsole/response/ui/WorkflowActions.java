package org.qconsole.response.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.router.RouteConfiguration;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.response.Response;
import org.qconsole.response.ResponseWorkflow;
import org.qconsole.response.SectionReview;
import org.qconsole.response.SectionRights;
import org.qconsole.response.SubmissionRefused;
import org.qconsole.response.WorkflowAction;

/**
 * A response's workflow buttons: exactly the actions the workflow allows the signed-in user now (submit,
 * accept, return with comments, reopen; and the link to the history), with their dialogs. What surrounds a submission is the
 * page's: saving the answers first, and showing why a submission was refused (each missing answer is a
 * place in the form only the page knows).
 */
class WorkflowActions extends HorizontalLayout {

    private final transient ResponseWorkflow workflow;
    private final Set<WorkflowAction> allowed;
    private final long assignmentId;
    private final SerializableRunnable beforeSubmit;
    private final SerializableConsumer<SubmissionRefused> onRefused;
    private final SerializableConsumer<String> onError;
    /** The headings of the sections submitting would approve in one step (when the country reviews its sections). */
    private final List<String> notApproved;

    /**
     * @param beforeSubmit runs before a submission (the page saves what is pending)
     * @param onRefused shows the required questions that are not answered yet
     * @param onError shows why an action failed (the response changed meanwhile, for example)
     */
    WorkflowActions(ResponseWorkflow workflow, Response response, SerializableRunnable beforeSubmit,
            SerializableConsumer<SubmissionRefused> onRefused, SerializableConsumer<String> onError) {
        this.workflow = workflow;
        this.assignmentId = response.assignment().id();
        this.beforeSubmit = beforeSubmit;
        this.onRefused = onRefused;
        this.onError = onError;
        this.allowed = workflow.allowedActions(assignmentId);
        SectionRights rights = response.rights();
        this.notApproved = rights.reviews().isEmpty() ? List.of() : response.questionnaire().sections().stream()
                .filter(section -> rights.state(section.key()) != SectionReview.State.APPROVED)
                .map(section -> section.heading(QuestionnaireLanguage.current())).toList();
        setPadding(false);
        setAlignItems(Alignment.BASELINE);
        if (allows(WorkflowAction.SUBMIT)) {
            add(button(getTranslation("response.submit"), "response-submit", ButtonVariant.LUMO_PRIMARY, this::submit));
        }
        if (allows(WorkflowAction.ACCEPT)) {
            add(button(getTranslation("response.accept"), "response-accept", ButtonVariant.LUMO_PRIMARY,
                    () -> act(() -> workflow.accept(assignmentId))));
        }
        if (allows(WorkflowAction.RETURN)) {
            add(button(getTranslation("response.return"), "response-return", null,
                    () -> new ReturnDialog(workflow, response, WorkflowActions::reload).open()));
        }
        if (allows(WorkflowAction.REOPEN)) {
            add(button(getTranslation("response.reopen"), "response-reopen", null,
                    () -> new ReopenDialog(workflow, assignmentId, WorkflowActions::reload).open()));
        }
        if (allows(WorkflowAction.SEE_HISTORY)) {
            Anchor history = new Anchor(RouteConfiguration.forSessionScope().getUrl(ResponseHistoryView.class,
                    assignmentId), getTranslation("response.history"));
            history.setId("response-history-link");
            add(history);
        }
    }

    /** Whether the workflow allows the user this action now (the page asks for the actions it shows itself). */
    boolean allows(WorkflowAction action) {
        return allowed.contains(action);
    }

    /** Submits; when sections are not approved yet, after the focal point confirms approving them in one step. */
    private void submit() {
        if (notApproved.isEmpty()) {
            submitNow();
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("review.submit.title"),
                getTranslation("review.submit.text", String.join("; ", notApproved)),
                getTranslation("review.submit.confirm"), e -> submitNow());
        confirm.setId("review-submit");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    private void submitNow() {
        beforeSubmit.run();
        try {
            workflow.submit(assignmentId);
            reload();
        } catch (SubmissionRefused e) {
            onRefused.accept(e);
        } catch (AssignmentException e) {
            onError.accept(e.reason(getLocale()));
        }
    }

    private void act(Supplier<Assignment> action) {
        try {
            action.get();
            reload();
        } catch (AssignmentException e) {
            onError.accept(e.reason(getLocale()));
        }
    }

    /** The response moved on: the whole page shows it anew (status, editability, actions). */
    private static void reload() {
        UI.getCurrent().getPage().reload();
    }

    private static Button button(String label, String id, ButtonVariant variant, Runnable action) {
        Button button = new Button(label, e -> action.run());
        button.setId(id);
        if (variant != null) {
            button.addThemeVariants(variant);
        }
        return button;
    }
}
