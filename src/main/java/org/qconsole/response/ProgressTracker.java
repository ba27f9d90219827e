package org.qconsole.response;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.Map;
import org.qconsole.response.repository.AnswerRepository;
import org.qconsole.template.model.TemplateDefinition;
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
        Map<String, JsonNode> values = new LinkedHashMap<>();
        answers.findAll(assignmentId).forEach((key, stored) -> values.put(key, stored.value()));
        Progress progress = Progress.of(questionnaire, values, plugins);
        answers.saveProgress(assignmentId, country, progress.answered(), progress.required());
        return progress;
    }
}
