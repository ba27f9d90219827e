package org.qconsole.response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import jakarta.annotation.security.RolesAllowed;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.identity.CurrentUser;
import org.qconsole.identity.CurrentUserService;
import org.qconsole.identity.Roles;
import org.qconsole.response.repository.AnswerRepository;
import org.qconsole.template.AnswerCheck;
import org.qconsole.template.TemplateService;
import org.qconsole.template.model.Question;
import org.qconsole.template.model.TemplateDefinition;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A country's answers: read by the secretariat, managers and the country's own users; written by
 * the country's users while the response is open. Each answer is saved on its own, as the user types,
 * and never overwrites a newer answer by someone else silently.
 */
@Service
@Transactional
public class AnswerService {

    /** Generous for any one answer (a long elaboration, a table of authorities), small enough to refuse abuse. */
    public static final int MAX_ANSWER_CHARACTERS = 200_000;
    private static final Set<AssignmentStatus> OPEN = EnumSet.of(AssignmentStatus.NOT_STARTED,
            AssignmentStatus.IN_PROGRESS, AssignmentStatus.RETURNED);

    private final AnswerRepository answers;
    private final AssignmentService assignments;
    private final TemplateService templates;
    private final CurrentUserService currentUsers;

    AnswerService(AnswerRepository answers, AssignmentService assignments, TemplateService templates,
            CurrentUserService currentUsers) {
        this.answers = answers;
        this.assignments = assignments;
        this.templates = templates;
        this.currentUsers = currentUsers;
    }

    @RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER, Roles.COUNTRY_FOCAL_POINT, Roles.COUNTRY_CONTRIBUTOR})
    @Transactional(readOnly = true)
    public Response open(long assignmentId) {
        Assignment assignment = assignments.assignment(assignmentId);
        CurrentUser user = currentUsers.require();
        return new Response(assignment, templates.publishedDefinition(assignment.templateVersionId()),
                answers.findAll(assignmentId), user.isCountryUser() && OPEN.contains(assignment.status()));
    }

    /**
     * Saves one answer.
     *
     * @param expectedRevision the revision the user edited (0 for a question not answered before)
     */
    @RolesAllowed({Roles.COUNTRY_FOCAL_POINT, Roles.COUNTRY_CONTRIBUTOR})
    public SaveOutcome save(long assignmentId, String questionKey, JsonNode value, int expectedRevision) {
        Assignment assignment = assignments.assignment(assignmentId);
        if (!OPEN.contains(assignment.status())) {
            throw new AssignmentException("This questionnaire is " + assignment.status().label().toLowerCase()
                    + ": answers can no longer be changed.");
        }
        Question question = requireQuestion(templates.publishedDefinition(assignment.templateVersionId()),
                questionKey);
        JsonNode answer = value == null ? NullNode.getInstance() : value;
        if (answer.toString().length() > MAX_ANSWER_CHARACTERS) {
            return new SaveOutcome.Invalid("This answer is longer than " + MAX_ANSWER_CHARACTERS + " characters.");
        }
        Optional<String> problem = AnswerCheck.problem(question.answer(), answer);
        if (problem.isPresent()) {
            return new SaveOutcome.Invalid(problem.get());
        }
        String actor = currentUsers.require().username();
        String country = assignment.country().alpha3();
        var before = answers.find(assignmentId, questionKey);
        boolean saved = expectedRevision == 0
                ? answers.insert(assignmentId, country, questionKey, answer, actor)
                : answers.update(assignmentId, questionKey, expectedRevision, answer, actor);
        if (!saved) {
            return new SaveOutcome.Conflict(answers.find(assignmentId, questionKey).orElseThrow());
        }
        answers.recordChange(assignmentId, country, questionKey, before.map(StoredAnswer::value).orElse(null), answer,
                actor);
        if (assignment.status() == AssignmentStatus.NOT_STARTED) {
            assignments.markInProgress(assignmentId);
        }
        return new SaveOutcome.Saved(answers.find(assignmentId, questionKey).orElseThrow());
    }

    /** How far each given response is, for lists such as the inbox (assignments the user may not see are left out). */
    @RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER, Roles.COUNTRY_FOCAL_POINT, Roles.COUNTRY_CONTRIBUTOR})
    @Transactional(readOnly = true)
    public Map<Long, Progress> progress(Collection<Assignment> of) {
        Map<Long, Map<String, JsonNode>> values = answers.valuesOf(of.stream().map(Assignment::id).toList());
        Map<Long, Progress> progress = new HashMap<>();
        for (Assignment assignment : of) {
            progress.put(assignment.id(), Progress.of(templates.publishedDefinition(assignment.templateVersionId()),
                    values.getOrDefault(assignment.id(), Map.of())));
        }
        return progress;
    }

    private static Question requireQuestion(TemplateDefinition questionnaire, String key) {
        return questionnaire.questions().stream().filter(q -> q.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssignmentException("This questionnaire has no question \"" + key + "\"."));
    }
}
