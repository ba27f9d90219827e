package org.qconsole.response;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.HistoryWords;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.identity.CurrentUser;
import org.qconsole.identity.CurrentUserService;
import org.qconsole.identity.Roles;
import org.qconsole.model.Question;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.questionnaire.AnswerProblem;
import org.qconsole.questionnaire.MissingAnswer;
import org.qconsole.questionnaire.PublishedQuestionnaire;
import org.qconsole.response.repository.AnswerRepository;
import org.qconsole.response.repository.ResponseStatusRepository;
import org.qconsole.response.repository.ReviewCommentRepository;
import org.qconsole.response.repository.SectionReviewRepository;
import org.qconsole.template.TemplateService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one owner of a response's way to the secretariat (the table is {@link WorkflowAction}): the focal
 * point submits (when every required, shown question is answered); the secretariat returns it with
 * comments on individual answers, accepts it, or reopens an accepted one. Every step is recorded with
 * who, when and the comment. No other service changes a response's status.
 */
@Service
@Transactional
public class ResponseWorkflow {

    private final AssignmentService assignments;
    private final AnswerRepository answers;
    private final ReviewCommentRepository comments;
    private final ResponseStatusRepository statuses;
    private final SectionReviewRepository reviews;
    private final TemplateService templates;
    private final CurrentUserService currentUsers;

    ResponseWorkflow(AssignmentService assignments, AnswerRepository answers, ReviewCommentRepository comments,
            ResponseStatusRepository statuses, TemplateService templates, CurrentUserService currentUsers,
            SectionReviewRepository reviews) {
        this.reviews = reviews;
        this.assignments = assignments;
        this.answers = answers;
        this.comments = comments;
        this.statuses = statuses;
        this.templates = templates;
        this.currentUsers = currentUsers;
    }

    /** What the signed-in user may do with this response now: what its page offers, and what this service accepts. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER, Roles.COUNTRY_FOCAL_POINT, Roles.COUNTRY_CONTRIBUTOR})
    @Transactional(readOnly = true)
    public Set<WorkflowAction> allowedActions(long assignmentId) {
        return WorkflowAction.allowed(assignments.assignment(assignmentId), currentUsers.require(), Assignment.today());
    }

    /** What still stands in the way of submitting (empty when it can be submitted). */
    @RolesAllowed({Roles.COUNTRY_FOCAL_POINT, Roles.COUNTRY_CONTRIBUTOR})
    @Transactional(readOnly = true)
    public List<MissingAnswer> missingAnswers(long assignmentId) {
        return missing(assignments.assignment(assignmentId));
    }

    /**
     * Sends the response to the secretariat. When the country reviews its sections, the sections not approved yet
     * are approved in this one step, recorded on the submission's history line.
     */
    @RolesAllowed(Roles.COUNTRY_FOCAL_POINT)
    public Assignment submit(long assignmentId) {
        Assignment assignment = permitted(assignmentId, WorkflowAction.SUBMIT);
        Map<String, JsonNode> values = answers.values(assignment.id());
        PublishedQuestionnaire questionnaire = templates.published(assignment.templateVersionId());
        List<MissingAnswer> missing = questionnaire.progress(values).missing();
        List<AnswerProblem> problems = questionnaire.problems(values);
        if (!missing.isEmpty() || !problems.isEmpty()) {
            throw new SubmissionRefused(missing, problems);
        }
        return move(assignment, WorkflowAction.SUBMIT, approveTheRest(assignment, questionnaire));
    }

    /** Sends a submitted response back to the country with comments on individual answers. */
    @RolesAllowed(Roles.SECRETARIAT)
    public Assignment returnToCountry(long assignmentId, Map<String, String> commentsByQuestion, String message) {
        Assignment assignment = permitted(assignmentId, WorkflowAction.RETURN);
        if (commentsByQuestion.isEmpty() && (message == null || message.isBlank())) {
            throw AssignmentException.because("response.refused.returnWithoutComment");
        }
        TemplateDefinition questionnaire = questionnaire(assignment);
        commentsByQuestion.keySet().forEach(key -> {
            if (questionnaire.questions().stream().map(Question::key).noneMatch(key::equals)) {
                throw AssignmentException.because("response.refused.noQuestion", key);
            }
        });
        Assignment returned = move(assignment, WorkflowAction.RETURN, message);
        reviews.backToDraft(assignmentId, currentUsers.require().username());
        String author = currentUsers.require().username();
        commentsByQuestion.forEach((key, comment) -> {
            if (comment != null && !comment.isBlank()) {
                comments.insert(assignmentId, assignment.country().alpha3(), key, comment.trim(), author);
            }
        });
        return returned;
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Assignment accept(long assignmentId) {
        return move(permitted(assignmentId, WorkflowAction.ACCEPT), WorkflowAction.ACCEPT, null);
    }

    /** Opens an accepted response again for the country. */
    @RolesAllowed(Roles.SECRETARIAT)
    public Assignment reopen(long assignmentId, String reason) {
        Assignment assignment = permitted(assignmentId, WorkflowAction.REOPEN);
        if (reason == null || reason.isBlank()) {
            throw AssignmentException.because("response.refused.reopenWithoutReason");
        }
        Assignment reopened = move(assignment, WorkflowAction.REOPEN, reason.trim());
        reviews.backToDraft(assignmentId, currentUsers.require().username()); // to be answered and reviewed again
        return reopened;
    }

    /** The sections not approved yet, approved now: their numbers for the history; none when nothing is reviewed. */
    private String approveTheRest(Assignment assignment, PublishedQuestionnaire questionnaire) {
        Map<String, SectionReview> reviewed = reviews.ofResponse(assignment.id());
        if (reviewed.isEmpty()) {
            return null; // the country does not review: the submission is the focal point's one approval
        }
        List<Section> rest = questionnaire.definition().sections().stream().filter(section ->
                !reviewed.containsKey(section.key()) || reviewed.get(section.key()).state() != SectionReview.State.APPROVED)
                .toList();
        if (rest.isEmpty()) {
            return null;
        }
        reviews.approveAll(assignment.id(), assignment.country().alpha3(), rest.stream().map(Section::key).toList(),
                currentUsers.require().username());
        return HistoryWords.approvedOnSubmission(rest.stream()
                .map(section -> section.number().isBlank() ? section.key() : section.number()).toList());
    }

    /** The secretariat's comments, for whoever may see the response. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER, Roles.COUNTRY_FOCAL_POINT, Roles.COUNTRY_CONTRIBUTOR})
    @Transactional(readOnly = true)
    public List<ReviewComment> comments(long assignmentId) {
        assignments.assignment(assignmentId);
        return comments.findAll(assignmentId);
    }

    /**
     * The assignment, if the signed-in user may take this action on it now. Refused for the user's roles
     * with an access error, for the status with a message that says why; another country's assignment is
     * not found.
     */
    Assignment permitted(long assignmentId, WorkflowAction action) {
        return permitted(assignments.assignment(assignmentId), action);
    }

    /**
     * As {@link #permitted}, the assignment locked until the transaction ends: for changing its answers, so
     * that a submission cannot slip between the status check and the write, and saves of one response go
     * one at a time (each records completion with the answers the other committed).
     */
    Assignment permittedToChange(long assignmentId, WorkflowAction action) {
        return permitted(assignments.assignmentToChange(assignmentId), action);
    }

    private Assignment permitted(Assignment assignment, WorkflowAction action) {
        CurrentUser user = currentUsers.require();
        action.refusedFor(user).ifPresent(why -> {
            throw new AccessDeniedException(why);
        });
        action.refusedOn(assignment, Assignment.today()).ifPresent(refusal -> {
            throw refusal;
        });
        return assignment;
    }


    /** An answer was saved: the first one moves a not-started response to "in progress". */
    void answerSaved(Assignment assignment) {
        if (assignment.status() == AssignmentStatus.NOT_STARTED) {
            statuses.move(assignment, Set.of(AssignmentStatus.NOT_STARTED), AssignmentStatus.IN_PROGRESS, "started",
                    currentUsers.require().username(), HistoryWords.firstAnswer());
        }
    }

    private Assignment move(Assignment assignment, WorkflowAction action, String comment) {
        AssignmentStatus to = action.to().orElseThrow();
        if (!statuses.move(assignment, action.from(), to, action.event(), currentUsers.require().username(),
                comment)) {
            // Someone else moved it since it was read: say where it stands now.
            AssignmentStatus now = assignments.assignment(assignment.id()).status();
            throw action.refusedAt(now)
                    .orElseGet(() -> AssignmentException.because("response.refused.changedMeanwhile"));
        }
        return assignments.assignment(assignment.id());
    }

    private List<MissingAnswer> missing(Assignment assignment) {
        return templates.published(assignment.templateVersionId()).progress(answers.values(assignment.id())).missing();
    }

    private TemplateDefinition questionnaire(Assignment assignment) {
        return templates.publishedDefinition(assignment.templateVersionId());
    }
}
