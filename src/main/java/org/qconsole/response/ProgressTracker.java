package org.qconsole.response;

import org.qconsole.plugin.SectionTypeService;
import org.qconsole.questionnaire.Progress;
import org.qconsole.questionnaire.PublishedQuestionnaire;
import org.qconsole.response.repository.AnswerRepository;
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
    private final SectionTypeService plugins;

    ProgressTracker(AnswerRepository answers, SectionTypeService plugins) {
        this.answers = answers;
        this.plugins = plugins;
    }

    public Progress refresh(long assignmentId, String country, PublishedQuestionnaire questionnaire) {
        return refresh(assignmentId, country, questionnaire, plugins);
    }

    /** With the section types the questionnaire was resolved with, when they are not the installed ones. */
    Progress refresh(long assignmentId, String country, PublishedQuestionnaire questionnaire,
            SectionTypeService resolvedWith) {
        Progress progress = questionnaire.progress(answers.values(assignmentId));
        answers.saveProgress(assignmentId, country, progress.answered(), progress.required(),
                CompletionFormula.stamp(resolvedWith));
        return progress;
    }
}
