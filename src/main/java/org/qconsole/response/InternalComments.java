package org.qconsole.response;

import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.identity.CurrentUserService;
import org.qconsole.identity.Roles;
import org.qconsole.response.repository.InternalCommentRepository;
import org.qconsole.template.TemplateService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Comments on questions between the colleagues of a country, in threads: a comment starts one, replies go under
 * it. They are the country's own: the secretariat and managers never read them, and exports and PDFs leave them
 * out (nothing there reads them).
 */
@Service
@Transactional
public class InternalComments {

    /** Longest comment, in characters. */
    static final int MAX_TEXT = 2000;

    private final ResponseWorkflow workflow;
    private final AssignmentService assignments;
    private final TemplateService templates;
    private final InternalCommentRepository comments;
    private final CurrentUserService currentUsers;

    InternalComments(ResponseWorkflow workflow, AssignmentService assignments, TemplateService templates,
            InternalCommentRepository comments, CurrentUserService currentUsers) {
        this.workflow = workflow;
        this.assignments = assignments;
        this.templates = templates;
        this.comments = comments;
        this.currentUsers = currentUsers;
    }

    /** A response's comments, in the order they were written (threads and their replies). */
    @RolesAllowed({Roles.COUNTRY_FOCAL_POINT, Roles.COUNTRY_CONTRIBUTOR})
    @Transactional(readOnly = true)
    public List<InternalComment> ofResponse(long assignmentId) {
        assignments.assignment(assignmentId); // another State's response is not found
        return comments.ofResponse(assignmentId);
    }

    /** Starts a thread on a question. */
    @RolesAllowed({Roles.COUNTRY_FOCAL_POINT, Roles.COUNTRY_CONTRIBUTOR})
    public InternalComment comment(long assignmentId, String questionKey, String text) {
        Assignment assignment = workflow.permitted(assignmentId, WorkflowAction.DISCUSS);
        boolean asked = templates.published(assignment.templateVersionId()).definition().questions().stream()
                .anyMatch(question -> question.key().equals(questionKey));
        if (!asked) {
            throw AssignmentException.because("response.refused.noQuestion", questionKey);
        }
        return write(assignment, questionKey, null, text);
    }

    /** Replies in a thread (to its first comment, or to a reply in it: the reply goes under the same thread). */
    @RolesAllowed({Roles.COUNTRY_FOCAL_POINT, Roles.COUNTRY_CONTRIBUTOR})
    public InternalComment reply(long assignmentId, long toCommentId, String text) {
        Assignment assignment = workflow.permitted(assignmentId, WorkflowAction.DISCUSS);
        InternalComment to = comments.find(assignmentId, toCommentId).orElseThrow(() ->
                AssignmentException.because("discussion.refused.noComment", String.valueOf(toCommentId)));
        return write(assignment, to.questionKey(), to.threadId().orElse(to.id()), text);
    }

    private InternalComment write(Assignment assignment, String questionKey, Long threadId, String text) {
        String body = text == null ? "" : text.strip();
        if (body.isEmpty()) {
            throw AssignmentException.because("discussion.refused.empty");
        }
        if (body.length() > MAX_TEXT) {
            throw AssignmentException.because("discussion.refused.tooLong", String.valueOf(MAX_TEXT));
        }
        long id = comments.insert(assignment.id(), assignment.country().alpha3(), questionKey, threadId, body,
                currentUsers.require().username());
        return comments.find(assignment.id(), id).orElseThrow();
    }
}
