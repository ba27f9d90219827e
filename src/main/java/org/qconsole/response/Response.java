package org.qconsole.response;

import java.util.Map;
import org.qconsole.assignment.Assignment;
import org.qconsole.model.TemplateDefinition;

/** A country's response: the assignment, the questionnaire, and the answers saved so far by key. */
public record Response(Assignment assignment, TemplateDefinition questionnaire, Map<String, StoredAnswer> answers,
        boolean editable) {

    public Response {
        answers = Map.copyOf(answers);
    }
}
