package org.qconsole.response.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.shared.Registration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.qconsole.answer.ui.QuestionnaireForm;
import org.qconsole.assignment.AssignmentException;
import org.qconsole.model.Language;
import org.qconsole.response.AnswerService;
import org.qconsole.response.SaveOutcome;
import org.qconsole.response.StoredAnswer;

/**
 * Saves each answer the moment it changes, with the revision the user edited. What cannot be saved (the
 * database is away) stays queued and is retried every {@link #RETRY_MILLIS}; a newer answer by a colleague is
 * never overwritten without the user choosing ({@link ConflictDialog}).
 */
final class Autosave {

    static final int RETRY_MILLIS = 5_000;

    private final AnswerService answers;
    private final long assignmentId;
    private final QuestionnaireForm form;
    /** The form's language, in which a refused answer is explained beside its question. */
    private final Language language;
    private final SaveStatus status;
    private final Consumer<StoredAnswer> saved;
    private final Map<String, Integer> revisions = new HashMap<>();
    private final Map<String, JsonNode> pending = new LinkedHashMap<>();

    /** @param saved told of every answer stored (by this user, or a colleague's that the user kept) */
    Autosave(AnswerService answers, long assignmentId, QuestionnaireForm form, Language language, SaveStatus status,
            Map<String, StoredAnswer> stored, Consumer<StoredAnswer> saved) {
        this.answers = answers;
        this.language = language;
        this.assignmentId = assignmentId;
        this.form = form;
        this.status = status;
        this.saved = saved;
        stored.forEach((key, answer) -> revisions.put(key, answer.revision()));
    }

    /** Saves the form's changes as they come, and retries what could not be saved on the UI's poll. */
    Registration start(UI ui) {
        form.addAnswerChangeListener(change -> {
            pending.put(change.questionKey(), change.value());
            flush();
        });
        form.addProblemsChangedListener(this::showState);
        form.addTypingListener(status::typing);
        status.saved();
        return ui.addPollListener(e -> {
            if (!pending.isEmpty()) {
                flush();
            }
        });
    }

    /** Whether every answer on the page is stored (nothing queued, nothing that needs correcting). */
    boolean allSaved() {
        return pending.isEmpty() && !form.hasProblems();
    }

    /** Saves every queued answer; what cannot be saved stays queued and is retried. */
    void flush() {
        for (var entry : new LinkedHashMap<>(pending).entrySet()) {
            String key = entry.getKey();
            try {
                SaveOutcome outcome = answers.save(assignmentId, key, entry.getValue(), revisions.getOrDefault(key, 0));
                pending.remove(key);
                if (outcome instanceof SaveOutcome.Saved stored) {
                    revisions.put(key, stored.answer().revision());
                    saved.accept(stored.answer());
                } else if (outcome instanceof SaveOutcome.Conflict conflict) {
                    resolve(key, entry.getValue(), conflict.theirs());
                } else if (outcome instanceof SaveOutcome.Invalid invalid) {
                    form.setProblem(key, invalid.words().in(language));
                }
            } catch (AssignmentException e) {
                pending.remove(key);
                status.error(I18NProvider.translate("response.status.notSaved", e.reason(UI.getCurrent().getLocale())));
                return;
            } catch (RuntimeException e) {
                status.error(I18NProvider.translate("response.status.databaseLost"));
                UI.getCurrent().setPollInterval(RETRY_MILLIS);
                return;
            }
        }
        UI.getCurrent().setPollInterval(-1);
        showState();
    }

    private void showState() {
        if (form.hasProblems()) {
            status.show(I18NProvider.translate("response.status.invalid"), "invalid");
        } else if (pending.isEmpty()) {
            status.saved();
        }
    }

    private void resolve(String key, JsonNode mine, StoredAnswer theirs) {
        new ConflictDialog(theirs, () -> {
            revisions.put(key, theirs.revision());
            Map<String, JsonNode> values = new LinkedHashMap<>(form.answers());
            values.put(key, theirs.value());
            form.setAnswers(values);
            saved.accept(theirs);
        }, () -> {
            revisions.put(key, theirs.revision());
            pending.put(key, mine);
            flush();
        }).open();
        status.show(I18NProvider.translate("response.status.conflict"), "conflict");
    }
}
