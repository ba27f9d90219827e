package org.qconsole.response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.common.StorableText;
import org.qconsole.identity.CurrentUser;
import org.qconsole.identity.CurrentUserService;
import org.qconsole.identity.Roles;
import org.qconsole.response.repository.AnswerRepository;
import org.qconsole.plugin.GuardedSectionType;
import org.qconsole.plugin.PluginUnavailable;
import org.qconsole.plugin.SectionTypeService;
import org.qconsole.answer.AnswerKinds;
import org.qconsole.model.RichText;
import org.qconsole.model.Answers;
import org.qconsole.model.Language;
import org.qconsole.template.TemplateService;
import org.qconsole.model.Question;
import org.qconsole.model.Section;
import org.qconsole.model.TemplateDefinition;
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

    private final AnswerRepository answers;
    private final AssignmentService assignments;
    private final TemplateService templates;
    private final CurrentUserService currentUsers;
    private final SectionTypeService sectionTypes;
    private final ProgressTracker tracker;
    private final ResponseWorkflow workflow;

    AnswerService(AnswerRepository answers, AssignmentService assignments, TemplateService templates,
            CurrentUserService currentUsers, SectionTypeService sectionTypes, ProgressTracker tracker,
            ResponseWorkflow workflow) {
        this.answers = answers;
        this.workflow = workflow;
        this.tracker = tracker;
        this.sectionTypes = sectionTypes;
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
                answers.findAll(assignmentId), WorkflowAction.ANSWER.allows(assignment.status(), user));
    }

    /**
     * Saves one answer.
     *
     * @param expectedRevision the revision the user edited (0 for a question not answered before)
     */
    @RolesAllowed({Roles.COUNTRY_FOCAL_POINT, Roles.COUNTRY_CONTRIBUTOR})
    public SaveOutcome save(long assignmentId, String questionKey, JsonNode value, int expectedRevision) {
        Assignment assignment = workflow.permitted(assignmentId, WorkflowAction.ANSWER);
        TemplateDefinition questionnaire = templates.publishedDefinition(assignment.templateVersionId());
        JsonNode answer = value == null ? NullNode.getInstance() : value;
        if (answer.toString().length() > MAX_ANSWER_CHARACTERS) {
            return new SaveOutcome.Invalid("This answer is longer than " + MAX_ANSWER_CHARACTERS + " characters.");
        }
        if (StorableText.hasNul(answer)) {
            return new SaveOutcome.Invalid("Remove the invisible control character (NUL) from this answer.");
        }
        Optional<Section> pluginSection = questionnaire.sections().stream()
                .filter(s -> s.plugin() != null && s.key().equals(questionKey)).findFirst();
        if (pluginSection.isPresent()) {
            return savePluginAnswer(assignment, pluginSection.get(), answer, expectedRevision);
        }
        Question question = requireQuestion(questionnaire, questionKey);
        Optional<String> problem = AnswerKinds.problem(question.answer(), answer);
        if (problem.isPresent()) {
            return new SaveOutcome.Invalid(problem.get());
        }
        return store(assignment, questionKey, answer, expectedRevision, null, null);
    }

    /** A plugin section's answer: checked by its plugin and stored in the plugin's answer format. */
    private SaveOutcome savePluginAnswer(Assignment assignment, Section section, JsonNode answer, int expectedRevision) {
        GuardedSectionType type = sectionTypes.type(section.plugin().pluginId()).orElseThrow(() ->
                new AssignmentException("This section is temporarily unavailable: its answer cannot be saved now."));
        try {
            JsonNode value = answer.isNull() ? null : answer;
            Optional<String> problem = type.validate(section.plugin().configuration(), value).stream()
                    .map(org.qconsole.plugin.api.Problem::message).findFirst();
            if (problem.isPresent()) {
                return new SaveOutcome.Invalid(problem.get());
            }
            return store(assignment, section.key(), answer, expectedRevision, null, type.answerFormat());
        } catch (PluginUnavailable e) {
            throw new AssignmentException("This section is temporarily unavailable: its answer cannot be saved now.");
        }
    }

    private SaveOutcome store(Assignment assignment, String questionKey, JsonNode answer, int expectedRevision,
            String source, Integer format) {
        long assignmentId = assignment.id();
        String actor = currentUsers.require().username();
        String country = assignment.country().alpha3();
        var before = answers.find(assignmentId, questionKey);
        boolean saved = expectedRevision == 0
                ? answers.insert(assignmentId, country, questionKey, answer, actor, format)
                : answers.update(assignmentId, questionKey, expectedRevision, answer, actor, format);
        if (!saved) {
            // No answer at all: the revision was never given out (answers are never deleted).
            return new SaveOutcome.Conflict(answers.find(assignmentId, questionKey).orElseThrow(() ->
                    new AssignmentException("This answer was changed meanwhile or does not exist yet: reload the"
                            + " questionnaire.")));
        }
        answers.recordChange(assignmentId, country, questionKey, before.map(StoredAnswer::value).orElse(null), answer,
                actor, source);
        workflow.answerSaved(assignment);
        tracker.refresh(assignmentId, country, templates.publishedDefinition(assignment.templateVersionId()),
                sectionTypes);
        return new SaveOutcome.Saved(answers.find(assignmentId, questionKey).orElseThrow());
    }

    /**
     * The answers of the country's latest earlier response to the same template (any version) that fit
     * this version's questions and differ from what is here now; empty when there is nothing to copy.
     */
    @RolesAllowed(Roles.COUNTRY_FOCAL_POINT)
    @Transactional(readOnly = true)
    public Optional<Prefill> prefill(long assignmentId) {
        Assignment assignment = workflow.permitted(assignmentId, WorkflowAction.COPY_EARLIER_ANSWERS);
        TemplateDefinition questionnaire = templates.publishedDefinition(assignment.templateVersionId());
        Map<String, StoredAnswer> now = answers.findAll(assignmentId);
        for (Assignment earlier : assignments.earlierOfSameTemplate(assignmentId)) {
            Map<String, StoredAnswer> then = answers.findAll(earlier.id());
            List<Prefill.Item> items = new ArrayList<>();
            for (Question question : questionnaire.questions()) {
                StoredAnswer old = then.get(question.key());
                StoredAnswer current = now.get(question.key());
                if (old == null || !Answers.isAnswered(old.value())
                        || AnswerKinds.problem(question.answer(), old.value()).isPresent()
                        || (current != null && current.value().equals(old.value()))) {
                    continue;
                }
                items.add(new Prefill.Item(question.key(), numbered(question),
                        AnswerKinds.text(question.answer(), old.value(), Language.EN),
                        current == null ? "" : AnswerKinds.text(question.answer(), current.value(), Language.EN),
                        old.value(), current == null ? 0 : current.revision()));
            }
            if (!then.isEmpty()) {
                return items.isEmpty() ? Optional.empty() : Optional.of(new Prefill(earlier, items));
            }
        }
        return Optional.empty();
    }

    /**
     * Copies the chosen earlier answers in, each recorded as copied from the earlier response. An answer
     * a colleague changed since the user looked ({@code revisionsSeen}) is left alone and reported.
     *
     * @return the question keys not copied because they changed meanwhile
     */
    @RolesAllowed(Roles.COUNTRY_FOCAL_POINT)
    public List<String> copyEarlierAnswers(long assignmentId, long fromAssignmentId, Map<String, Integer> revisionsSeen) {
        Assignment assignment = workflow.permitted(assignmentId, WorkflowAction.COPY_EARLIER_ANSWERS);
        Prefill prefill = prefill(assignmentId).filter(p -> p.source().id() == fromAssignmentId)
                .orElseThrow(() -> new AssignmentException("There are no earlier answers to copy from assignment "
                        + fromAssignmentId + "."));
        String source = "Copied from " + prefill.sourceLabel();
        List<String> changedMeanwhile = new ArrayList<>();
        for (Prefill.Item item : prefill.items()) {
            Integer seen = revisionsSeen.get(item.questionKey());
            if (seen == null) {
                continue;
            }
            SaveOutcome outcome = store(assignment, item.questionKey(), item.value(), seen, source, null);
            if (outcome instanceof SaveOutcome.Conflict) {
                changedMeanwhile.add(item.questionKey());
            }
        }
        return changedMeanwhile;
    }

    private static String numbered(Question question) {
        String text = RichText.toPlainText(question.text().english());
        return question.number().isBlank() ? text : question.number() + " " + text;
    }

    /** The answer values of several responses, by assignment id and key (for exports). */
    @RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER})
    @Transactional(readOnly = true)
    public Map<Long, Map<String, JsonNode>> answersOf(Collection<Assignment> of) {
        return answers.valuesOf(of.stream().map(Assignment::id).toList());
    }

    /** How far each given response is, for lists such as the inbox (assignments the user may not see are left out). */
    @RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER, Roles.COUNTRY_FOCAL_POINT, Roles.COUNTRY_CONTRIBUTOR})
    @Transactional(readOnly = true)
    public Map<Long, Progress> progress(Collection<Assignment> of) {
        Map<Long, Map<String, JsonNode>> values = answers.valuesOf(of.stream().map(Assignment::id).toList());
        Map<Long, Progress> progress = new HashMap<>();
        for (Assignment assignment : of) {
            progress.put(assignment.id(), Progress.of(templates.publishedDefinition(assignment.templateVersionId()),
                    values.getOrDefault(assignment.id(), Map.of()), SectionCompletion.using(sectionTypes)));
        }
        return progress;
    }

    private static Question requireQuestion(TemplateDefinition questionnaire, String key) {
        return questionnaire.questions().stream().filter(q -> q.key().equals(key)).findFirst()
                .orElseThrow(() -> new AssignmentException("This questionnaire has no question \"" + key + "\"."));
    }
}
