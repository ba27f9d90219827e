package org.qconsole.response;

import org.qconsole.plugin.SectionTypeService;
import org.qconsole.response.repository.AnswerRepository;
import org.qconsole.model.TemplateDefinition;
import org.springframework.stereotype.Component;

/**
 * Records a response's completion whenever its answers change (saved, copied, migrated), so that
 * overviews across campaigns add up stored figures instead of re-reading every answer. Each record is
 * stamped with the formula and plugins that computed it ({@link CompletionFormula}). Runs inside the
 * caller's transaction and data scope.
 */
@Component
public class ProgressTracker {

    private final AnswerRepository answers;

    ProgressTracker(AnswerRepository answers) {
        this.answers = answers;
    }

    public Progress refresh(long assignmentId, String country, TemplateDefinition questionnaire,
            SectionTypeService plugins) {
        Progress progress = Progress.of(questionnaire, answers.values(assignmentId), SectionCompletion.using(plugins));
        answers.saveProgress(assignmentId, country, progress.answered(), progress.required(),
                CompletionFormula.stamp(plugins));
        return progress;
    }
}
