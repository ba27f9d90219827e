package org.qconsole.response;

import java.util.Map;
import org.qconsole.assignment.Assignment;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.questionnaire.PublishedQuestionnaire;

/** A country's response: the assignment, the questionnaire, and the answers saved so far by key. */
public record Response(Assignment assignment, PublishedQuestionnaire published, Map<String, StoredAnswer> answers,
        boolean editable) {

    public Response {
        answers = Map.copyOf(answers);
    }

    /** What the questionnaire says (its sections, questions and texts). */
    public TemplateDefinition questionnaire() {
        return published.definition();
    }
}
