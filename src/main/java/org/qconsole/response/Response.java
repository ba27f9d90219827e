package org.qconsole.response;

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

    /** What the questionnaire says (its sections, questions and texts). */
    public TemplateDefinition questionnaire() {
        return published.definition();
    }
}
