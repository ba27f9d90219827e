package org.qconsole.response;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.qconsole.assignment.HistoryWords;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.common.Phrase;
import org.qconsole.common.StorableText;
import org.qconsole.common.Worded;
import org.qconsole.identity.CurrentUser;
import org.qconsole.identity.CurrentUserService;
import org.qconsole.identity.Role;
import org.qconsole.identity.Roles;
import org.qconsole.model.Answers;
import org.qconsole.model.Language;
import org.qconsole.questionnaire.AnswerSlot;
import org.qconsole.questionnaire.Progress;
import org.qconsole.questionnaire.PublishedQuestionnaire;
import org.qconsole.questionnaire.QuestionSlot;
import org.qconsole.questionnaire.SlotUnavailable;
import org.qconsole.response.query.CampaignAnswersQuery;
import org.qconsole.response.repository.AnswerRepository;
import org.qconsole.template.TemplateService;
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
    private final ProgressTracker tracker;
    private final ResponseWorkflow workflow;
    private final CampaignAnswersQuery campaignAnswers;
    private final DocumentService documents;
    private final SaveMetrics metrics;
    private final Delegations delegations;

    AnswerService(AnswerRepository answers, AssignmentService assignments, TemplateService templates,
            CurrentUserService currentUsers, ProgressTracker tracker, ResponseWorkflow workflow,
            CampaignAnswersQuery campaignAnswers, DocumentService documents, SaveMetrics metrics,
            Delegations delegations) {
        this.answers = answers;
        this.delegations = delegations;
        this.metrics = metrics;
        this.documents = documents;
        this.campaignAnswers = campaignAnswers;
        this.workflow = workflow;
        this.tracker = tracker;
        this.assignments = assignments;
        this.templates = templates;
        this.currentUsers = currentUsers;
    }

    @RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER, Roles.COUNTRY_FOCAL_POINT, Roles.COUNTRY_CONTRIBUTOR})
    @Transactional(readOnly = true)
    public Response open(long assignmentId) {
        Assignment assignment = assignments.assignment(assignmentId);
        PublishedQuestionnaire questionnaire = templates.published(assignment.templateVersionId());
        return new Response(assignment, questionnaire, answers.findAll(assignmentId),
                delegations.rightsOn(assignment, questionnaire.definition()));
    }

    /**
     * Saves one answer.
     *
     * @param expectedRevision the revision the user edited (0 for a question not answered before)
     */
    @RolesAllowed({Roles.COUNTRY_FOCAL_POINT, Roles.COUNTRY_CONTRIBUTOR})
    public SaveOutcome save(long assignmentId, String questionKey, JsonNode value, int expectedRevision) {
        return metrics.measure(() -> checkAndStore(assignmentId, questionKey, value, expectedRevision));
    }

    private SaveOutcome checkAndStore(long assignmentId, String questionKey, JsonNode value, int expectedRevision) {
        Assignment assignment = workflow.permittedToChange(assignmentId, WorkflowAction.ANSWER);
        PublishedQuestionnaire questionnaire = templates.published(assignment.templateVersionId());
        JsonNode answer = value == null ? NullNode.getInstance() : value;
        if (answer.toString().length() > MAX_ANSWER_CHARACTERS) {
            return SaveOutcome.Invalid.of(new Phrase("response.invalid.tooLong", String.valueOf(MAX_ANSWER_CHARACTERS)));
        }
        if (StorableText.hasNul(answer)) {
            return SaveOutcome.Invalid.of(new Phrase("response.invalid.nul"));
        }
        AnswerSlot slot = questionnaire.slot(questionKey).orElseThrow(() ->
                AssignmentException.because("response.refused.noQuestion", questionKey));
        try {
            Optional<SaveOutcome.Invalid> problem = slot.problem(answer).map(english -> new SaveOutcome.Invalid(english,
                    inLanguage(english, language -> slot.problem(answer, language))))
                    .or(() -> questionnaire.comparesWithOthers(questionKey)
                            ? problemBeside(questionnaire, questionKey, answer, answers.values(assignmentId))
                            : Optional.empty())
                    .or(() -> storedFilesProblem(assignmentId, slot, answer).map(SaveOutcome.Invalid::new));
            if (problem.isPresent()) {
                return problem.get();
            }
            return store(assignment, questionnaire, slot, answer, expectedRevision, null);
        } catch (SlotUnavailable e) {
            throw AssignmentException.because("response.refused.sectionUnavailable");
        }
    }

    /** A check that reads other answers, worded in the form's language when the form shows it. */
    private static Optional<SaveOutcome.Invalid> problemBeside(PublishedQuestionnaire questionnaire, String key,
            JsonNode answer, Map<String, JsonNode> stored) {
        return questionnaire.problemBeside(key, answer, stored, Language.EN).map(english -> new SaveOutcome.Invalid(
                english, inLanguage(english, language -> questionnaire.problemBeside(key, answer, stored, language))));
    }

    /** The problem found in English, worded in the form's language when it is read (as found, should that fail). */
    private static Worded inLanguage(String english, java.util.function.Function<Language, Optional<String>> words) {
        return language -> {
            try {
                return words.apply(language).orElse(english);
            } catch (RuntimeException e) {
                return english;
            }
        };
    }

    /** A documents answer lists files of this response only (a forged id or name is refused). */
    private Optional<String> storedFilesProblem(long assignmentId, AnswerSlot slot, JsonNode answer) {
        if (!(slot instanceof QuestionSlot question) || !question.kind().takesFiles()) {
            return Optional.empty();
        }
        return documents.problem(assignmentId, slot.key(), answer,
                answers.find(assignmentId, slot.key()).map(StoredAnswer::value).orElse(null));
    }

    /**
     * Stores an answer the slot accepted, with its history row, and records the response's completion: two
     * statements (the answer with its history, then the completion computed from the answers it returned). The
     * write takes place only in a section the user may change now (checked in the same statement); refused, the
     * reason is read then.
     */
    private SaveOutcome store(Assignment assignment, PublishedQuestionnaire questionnaire, AnswerSlot slot,
            JsonNode answer, int expectedRevision, String source) {
        long assignmentId = assignment.id();
        String country = assignment.country().alpha3();
        CurrentUser user = currentUsers.require();
        Optional<AnswerRepository.Written> written = answers.write(assignmentId, country, slot.key(), answer,
                expectedRevision, user.username(), slot.answerFormat().orElse(null), source, slot.section().key(),
                user.has(Role.COUNTRY_FOCAL_POINT));
        if (written.isEmpty()) {
            delegations.requireMayChange(assignment, slot); // the section is closed to them: say why
            // No answer at all: the revision was never given out (answers are never deleted).
            return new SaveOutcome.Conflict(answers.find(assignmentId, slot.key()).orElseThrow(() ->
                    AssignmentException.because("response.refused.answerChanged")));
        }
        workflow.answerSaved(assignment);
        tracker.record(assignmentId, country, questionnaire, written.get().values());
        return new SaveOutcome.Saved(written.get().answer());
    }

    /**
     * The answers of the country's latest earlier response to the same template (any version) that fit
     * this version's questions and differ from what is here now, the questions and answers in words of
     * {@code language}; empty when there is nothing to copy.
     */
    @RolesAllowed(Roles.COUNTRY_FOCAL_POINT)
    @Transactional(readOnly = true)
    public Optional<Prefill> prefill(long assignmentId, Language language) {
        Assignment assignment = workflow.permitted(assignmentId, WorkflowAction.COPY_EARLIER_ANSWERS);
        PublishedQuestionnaire questionnaire = templates.published(assignment.templateVersionId());
        Map<String, StoredAnswer> now = answers.findAll(assignmentId);
        for (Assignment earlier : assignments.earlierOfSameTemplate(assignmentId)) {
            Map<String, StoredAnswer> then = answers.findAll(earlier.id());
            List<Prefill.Item> items = new ArrayList<>();
            for (AnswerSlot slot : questionnaire.slots()) {
                copyable(slot, then.get(slot.key()), now.get(slot.key()), language).ifPresent(items::add);
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
        Assignment assignment = workflow.permittedToChange(assignmentId, WorkflowAction.COPY_EARLIER_ANSWERS);
        Prefill prefill = prefill(assignmentId, Language.EN).filter(p -> p.source().id() == fromAssignmentId)
                .orElseThrow(() -> AssignmentException.because("response.refused.noEarlierAnswers",
                        String.valueOf(fromAssignmentId)));
        String source = HistoryWords.copiedFrom(prefill.sourceLabel());
        PublishedQuestionnaire questionnaire = templates.published(assignment.templateVersionId());
        List<String> changedMeanwhile = new ArrayList<>();
        for (Prefill.Item item : prefill.items()) {
            Integer seen = revisionsSeen.get(item.questionKey());
            if (seen == null) {
                continue;
            }
            AnswerSlot slot = questionnaire.slot(item.questionKey()).orElseThrow();
            SaveOutcome outcome = store(assignment, questionnaire, slot, item.value(), seen, source);
            if (outcome instanceof SaveOutcome.Conflict) {
                changedMeanwhile.add(item.questionKey());
            }
        }
        return changedMeanwhile;
    }

    /**
     * An earlier answer worth offering: given, still fitting this version's slot (a plugin section's
     * answer only while its plugin can check it), and different from the answer here now.
     */
    private static Optional<Prefill.Item> copyable(AnswerSlot slot, StoredAnswer old, StoredAnswer current,
            Language language) {
        if (old == null || !Answers.isAnswered(old.value())
                || (current != null && current.value().equals(old.value()))) {
            return Optional.empty();
        }
        try {
            if (slot.problem(old.value()).isPresent()) {
                return Optional.empty();
            }
        } catch (SlotUnavailable e) {
            return Optional.empty();
        }
        return Optional.of(new Prefill.Item(slot.key(), slot.numberedLabel(language), slot.text(old.value(), language),
                current == null ? "" : slot.text(current.value(), language), old.value(),
                current == null ? 0 : current.revision()));
    }

    /** The answer values of several responses, by assignment id and key (for exports). */
    @RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER})
    @Transactional(readOnly = true)
    public Map<Long, Map<String, JsonNode>> answersOf(Collection<Assignment> of) {
        return answers.valuesOf(of.stream().map(Assignment::id).toList());
    }

    /**
     * Each response of a campaign in turn, by country, with its answer values by key (for exports): read from
     * a database cursor, so one response's answers are in memory at a time whatever the campaign's size. The
     * action runs inside this read (the caller's transaction) and may write its row out at once; it must not
     * keep the map.
     */
    @RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER})
    @Transactional(readOnly = true)
    public void eachResponse(long campaignId, BiConsumer<Long, Map<String, JsonNode>> action) {
        campaignAnswers.forEachResponse(campaignId, action);
    }

    /** How far each given response is, for lists such as the inbox (assignments the user may not see are left out). */
    @RolesAllowed({Roles.SECRETARIAT, Roles.MANAGER, Roles.COUNTRY_FOCAL_POINT, Roles.COUNTRY_CONTRIBUTOR})
    @Transactional(readOnly = true)
    public Map<Long, Progress> progress(Collection<Assignment> of) {
        Map<Long, Map<String, JsonNode>> values = answers.valuesOf(of.stream().map(Assignment::id).toList());
        Map<Long, Progress> progress = new HashMap<>();
        for (Assignment assignment : of) {
            progress.put(assignment.id(), templates.published(assignment.templateVersionId())
                    .progress(values.getOrDefault(assignment.id(), Map.of())));
        }
        return progress;
    }
}
