package org.qconsole.response;

import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.qconsole.assignment.Assignment;
import org.qconsole.assignment.AssignmentService;
import org.qconsole.identity.Roles;
import org.qconsole.response.query.ResponseHistoryQuery;
import org.qconsole.response.repository.ReviewCommentRepository;
import org.qconsole.answer.AnswerKinds;
import org.qconsole.model.RichText;
import org.qconsole.template.TemplateService;
import org.qconsole.model.Language;
import org.qconsole.model.Question;
import org.qconsole.model.TemplateDefinition;
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

    @RolesAllowed({Roles.SECRETARIAT, Roles.COUNTRY_FOCAL_POINT})
    public ResponseHistory history(long assignmentId) {
        Assignment assignment = assignments.assignment(assignmentId);
        TemplateDefinition questionnaire = templates.publishedDefinition(assignment.templateVersionId());
        Map<String, Question> questions = questionnaire.questions().stream()
                .collect(Collectors.toMap(Question::key, Function.identity()));
        List<HistoryEntry> entries = new ArrayList<>();
        history.events(assignmentId).forEach(e -> entries.add(new HistoryEntry(e.at(), e.actor(),
                HistoryEntry.Kind.STATUS, capitalized(e.action()), "", "", "", "",
                e.detail() == null ? "" : e.detail())));
        history.answerChanges(assignmentId).forEach(c -> {
            Question q = questions.get(c.questionKey());
            entries.add(new HistoryEntry(c.at(), c.actor(), HistoryEntry.Kind.ANSWER,
                    c.source() == null ? "Answer changed" : "Answer copied", c.questionKey(), label(q, c.questionKey()),
                    q == null ? String.valueOf(c.before()) : AnswerKinds.text(q.answer(), c.before(), Language.EN),
                    q == null ? String.valueOf(c.after()) : AnswerKinds.text(q.answer(), c.after(), Language.EN),
                    c.source() == null ? "" : c.source()));
        });
        comments.findAll(assignmentId).forEach(c -> entries.add(new HistoryEntry(c.at(), c.author(),
                HistoryEntry.Kind.COMMENT, "Review comment", c.questionKey(),
                label(questions.get(c.questionKey()), c.questionKey()), "", "", c.comment())));
        entries.sort(Comparator.comparing(HistoryEntry::at).reversed());
        return new ResponseHistory(assignment, entries);
    }

    private static String label(Question question, String key) {
        if (question == null) {
            return key;
        }
        String text = RichText.toPlainText(question.text().english());
        return question.number().isBlank() ? text : question.number() + " " + text;
    }

    private static String capitalized(String action) {
        return action.isEmpty() ? action : Character.toUpperCase(action.charAt(0)) + action.substring(1);
    }
}
