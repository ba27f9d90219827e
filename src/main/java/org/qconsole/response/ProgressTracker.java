package org.qconsole.response;

import org.qconsole.response.repository.AnswerRepository;
import org.qconsole.model.TemplateDefinition;
import org.springframework.stereotype.Component;

/**
 * Records a response's completion whenever its answers change (saved, copied, migrated), so that
 * overviews across campaigns add up stored figures instead of re-reading every answer. Runs inside the
 * caller's transaction and data scope.
 */
@Component
public class ProgressTracker {

    private final AnswerRepository answers;

    ProgressTracker(AnswerRepository answers) {
        this.answers = answers;
    }

    public Progress refresh(long assignmentId, String country, TemplateDefinition questionnaire,
            SectionCompletion plugins) {
        Progress progress = Progress.of(questionnaire, answers.values(assignmentId), plugins);
        answers.saveProgress(assignmentId, country, progress.answered(), progress.required());
        return progress;
    }
}
