package org.qconsole.response;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.qconsole.assignment.Assignment;
import org.qconsole.model.TemplateDefinition;
import org.qconsole.questionnaire.PublishedQuestionnaire;

/**
 * A country's response: the assignment, the questionnaire, the answers saved so far by key, and which sections
 * the signed-in user may change.
 */
public record Response(Assignment assignment, PublishedQuestionnaire published, Map<String, StoredAnswer> answers,
        SectionRights rights) {

    public Response {
        answers = Map.copyOf(answers);
    }

    /** Whether the signed-in user may change any answer here (the form is open to them). */
    public boolean editable() {
        return rights.answering();
    }

    /** The answers' values by key. */
    public Map<String, JsonNode> values() {
        Map<String, JsonNode> values = new java.util.LinkedHashMap<>();
        answers.forEach((key, stored) -> values.put(key, stored.value()));
        return values;
    }

    /** What the questionnaire says (its sections, questions and texts). */
    public TemplateDefinition questionnaire() {
        return published.definition();
    }
}
