package org.qconsole.response;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.qconsole.assignment.HistoryWords;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.common.Messages;
import org.qconsole.identity.Roles;
import org.qconsole.model.Language;
import org.qconsole.questionnaire.AnswerSlot;
import org.qconsole.questionnaire.PublishedQuestionnaire;
import org.qconsole.response.query.ResponseHistoryQuery;
import org.qconsole.response.repository.ReviewCommentRepository;
import org.qconsole.template.TemplateService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit trail of a response: every answer change (who, when, old → new), every status change and
 * every review comment. The secretariat sees any country's; a focal point only their own country's
 * (row-level security hides the rest, so another country's response is simply not found).
 */
@Service
@Transactional(readOnly = true)
public class ResponseHistoryService {

    private final AssignmentService assignments;
    private final ResponseHistoryQuery history;
    private final ReviewCommentRepository comments;
    private final TemplateService templates;

    ResponseHistoryService(AssignmentService assignments, ResponseHistoryQuery history,
            ReviewCommentRepository comments, TemplateService templates) {
        this.assignments = assignments;
        this.history = history;
        this.comments = comments;
        this.templates = templates;
    }

    /**
     * The trail for a reader of {@code language}: what happened, the questions, the answers and the notes the
     * console wrote in it (questionnaire texts it lacks in English); what people typed stays as they typed it.
     */
    @RolesAllowed({Roles.SECRETARIAT, Roles.COUNTRY_FOCAL_POINT})
    public ResponseHistory history(long assignmentId, Language language) {
        Assignment assignment = assignments.assignment(assignmentId);
        PublishedQuestionnaire questionnaire = templates.published(assignment.templateVersionId());
        List<HistoryEntry> entries = new ArrayList<>();
        history.events(assignmentId).forEach(e -> entries.add(new HistoryEntry(e.at(), e.actor(),
                HistoryEntry.Kind.STATUS, HistoryWords.event(e.action(), language), "", "", "", "",
                HistoryWords.detail(e.action(), e.detail(), language))));
        history.answerChanges(assignmentId).forEach(c -> {
            Optional<AnswerSlot> slot = questionnaire.slot(c.questionKey());
            entries.add(new HistoryEntry(c.at(), c.actor(), HistoryEntry.Kind.ANSWER,
                    Messages.text(language, c.source() == null ? "history.answerChanged" : "history.answerCopied"),
                    c.questionKey(), label(slot, c.questionKey(), language), inWords(slot, c.before(), language),
                    inWords(slot, c.after(), language), HistoryWords.source(c.source(), language)));
        });
        comments.findAll(assignmentId).forEach(c -> entries.add(new HistoryEntry(c.at(), c.author(),
                HistoryEntry.Kind.COMMENT, Messages.text(language, "history.reviewComment"), c.questionKey(),
                label(questionnaire.slot(c.questionKey()), c.questionKey(), language), "", "", c.comment())));
        entries.sort(Comparator.comparing(HistoryEntry::at).reversed());
        return new ResponseHistory(assignment, entries);
    }

    private static String label(Optional<AnswerSlot> slot, String key, Language language) {
        return slot.map(s -> s.numberedLabel(language)).orElse(key);
    }

    /** A key the version does not know (it never should) is shown as stored rather than dropped. */
    private static String inWords(Optional<AnswerSlot> slot, JsonNode value, Language language) {
        return slot.map(s -> s.text(value, language)).orElse(String.valueOf(value));
    }
}
