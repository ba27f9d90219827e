package org.qconsole.response;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.identity.CurrentUserService;
import org.qconsole.identity.Roles;
import org.qconsole.plugin.SectionTypeService;
import org.qconsole.response.repository.AnswerRepository;
import org.qconsole.response.repository.ReviewCommentRepository;
import org.qconsole.template.TemplateService;
import org.qconsole.template.model.Question;
import org.qconsole.template.model.TemplateDefinition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A response's way to the secretariat: the focal point submits (when every required, shown question
 * is answered); the secretariat returns it with comments on individual answers, accepts it, or
 * reopens an accepted one. Every step is recorded with who, when and the comment.
 */
@Service
@Transactional
public class WorkflowService {

    private final AssignmentService assignments;
    private final AnswerRepository answers;
    private final ReviewCommentRepository comments;
    private final TemplateService templates;
    private final CurrentUserService currentUsers;
    private final SectionTypeService sectionTypes;

    WorkflowService(AssignmentService assignments, AnswerRepository answers, ReviewCommentRepository comments,
            TemplateService templates, CurrentUserService currentUsers, SectionTypeService sectionTypes) {
        this.sectionTypes = sectionTypes;
        this.assignments = assignments;
        this.answers = answers;
        this.comments = comments;
        this.templates = templates;
        this.currentUsers = currentUsers;
    }

    /** What still stands in the way of submitting (empty when it can be submitted). */
    @RolesAllowed({Roles.COUNTRY_FOCAL_POINT, Roles.COUNTRY_CONTRIBUTOR})
    @Transactional(readOnly = true)
    public List<MissingAnswer> missingAnswers(long assignmentId) {
        Assignment assignment = assignments.assignment(assignmentId);
        return Progress.of(questionnaire(assignment), values(assignmentId), SectionCompletion.using(sectionTypes))
                .missing();
    }

    @RolesAllowed(Roles.COUNTRY_FOCAL_POINT)
    public Assignment submit(long assignmentId) {
        Assignment assignment = assignments.assignment(assignmentId);
        List<MissingAnswer> missing = Progress.of(questionnaire(assignment), values(assignmentId),
                SectionCompletion.using(sectionTypes)).missing();
        if (!missing.isEmpty()) {
            throw new SubmissionRefused(missing);
        }
        return assignments.moveTo(assignmentId, AssignmentStatus.SUBMITTED, null);
    }

    /** Sends a submitted response back to the country with comments on individual answers. */
    @RolesAllowed(Roles.SECRETARIAT)
    public Assignment returnToCountry(long assignmentId, Map<String, String> commentsByQuestion, String message) {
        Assignment assignment = assignments.assignment(assignmentId);
        if (commentsByQuestion.isEmpty() && (message == null || message.isBlank())) {
            throw new AssignmentException("Say what the country should change: a comment on a question or a message.");
        }
        TemplateDefinition questionnaire = questionnaire(assignment);
        String author = currentUsers.require().username();
        Assignment returned = assignments.moveTo(assignmentId, AssignmentStatus.RETURNED, message);
        commentsByQuestion.forEach((key, comment) -> {
            if (questionnaire.questions().stream().map(Question::key).noneMatch(key::equals)) {
                throw new AssignmentException("This questionnaire has no question \"" + key + "\".");
            }
            if (comment != null && !comment.isBlank()) {
                comments.insert(assignmentId, assignment.country().alpha3(), key, comment.trim(), author);
            }
        });
        return returned;
    }

    @RolesAllowed(Roles.SECRETARIAT)
    public Assignment accept(long assignmentId) {
        return assignments.moveTo(assignmentId, AssignmentStatus.ACCEPTED, null);
    }

    /** Opens an accepted response again for the country. */
    @RolesAllowed(Roles.SECRETARIAT)
    public Assignment reopen(long assignmentId, String reason) {
        if (assignments.assignment(assignmentId).status() != AssignmentStatus.ACCEPTED) {
            throw new AssignmentException("Only an accepted response can be reopened.");
        }
        if (reason == null || reason.isBlank()) {
            throw new AssignmentException("Say why the response is reopened; the country will see it.");
        }
        return assignments.moveTo(assignmentId, AssignmentStatus.RETURNED, reason.trim());
    }

    /** The secretariat's comments, for whoever may see the response. */
    @RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER, Roles.COUNTRY_FOCAL_POINT, Roles.COUNTRY_CONTRIBUTOR})
    @Transactional(readOnly = true)
    public List<ReviewComment> comments(long assignmentId) {
        assignments.assignment(assignmentId);
        return comments.findAll(assignmentId);
    }

    private TemplateDefinition questionnaire(Assignment assignment) {
        return templates.publishedDefinition(assignment.templateVersionId());
    }

    private Map<String, JsonNode> values(long assignmentId) {
        return answers.values(assignmentId);
    }
}
