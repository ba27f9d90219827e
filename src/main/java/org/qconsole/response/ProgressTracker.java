package org.qconsole.response;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.qconsole.plugin.SectionTypeService;
import org.qconsole.questionnaire.Progress;
import org.qconsole.questionnaire.PublishedQuestionnaire;
import org.qconsole.response.repository.AnswerRepository;
import org.qconsole.response.repository.ProgressRepository;
import org.springframework.stereotype.Component;

/**
 * Records a response's completion, overall and per section, whenever its answers change (saved, copied,
 * migrated), so that dashboards and overviews add up stored figures instead of re-reading every answer.
 * Each record is stamped with the formula and plugins that computed it ({@link CompletionFormula}); the
 * per-section figures are written with it, so the stamp covers them too. Runs inside the caller's
 * transaction and data scope.
 */
@Component
public class ProgressTracker {

    private final AnswerRepository answers;
    private final ProgressRepository recorded;
    private final SectionTypeService plugins;

    ProgressTracker(AnswerRepository answers, ProgressRepository recorded, SectionTypeService plugins) {
        this.answers = answers;
        this.recorded = recorded;
        this.plugins = plugins;
    }

    public Progress refresh(long assignmentId, String country, PublishedQuestionnaire questionnaire) {
        return refresh(assignmentId, country, questionnaire, plugins);
    }

    /** With the section types the questionnaire was resolved with, when they are not the installed ones. */
    Progress refresh(long assignmentId, String country, PublishedQuestionnaire questionnaire,
            SectionTypeService resolvedWith) {
        return record(assignmentId, country, questionnaire, answers.values(assignmentId), resolvedWith);
    }

    /** From the response's answer values as they are now in this transaction (a save returns them). */
    public Progress record(long assignmentId, String country, PublishedQuestionnaire questionnaire,
            Map<String, JsonNode> values) {
        return record(assignmentId, country, questionnaire, values, plugins);
    }

    private Progress record(long assignmentId, String country, PublishedQuestionnaire questionnaire,
            Map<String, JsonNode> values, SectionTypeService resolvedWith) {
        Progress progress = questionnaire.progress(values);
        recorded.save(assignmentId, country, progress, CompletionFormula.stamp(resolvedWith));
        return progress;
    }
}
