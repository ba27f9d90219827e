package org.qconsole.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which items a respondent sees, given the answers: an item is shown when its own condition and its
 * parents' hold. Conditions only see the answers of shown questions: the answer of a hidden question
 * is kept (and shown again when its condition holds again) but counts as not given, in conditions,
 * completion, submission checks and exports alike.
 */
public final class Visibility {

    private final Set<String> hidden;
    private final Map<String, JsonNode> answers;

    private Visibility(Set<String> hidden, Map<String, JsonNode> answers) {
        this.hidden = hidden;
        this.answers = answers;
    }

    /** Evaluates every condition of the questionnaire in reading order (conditions only look back). */
    public static Visibility of(TemplateDefinition questionnaire, Map<String, JsonNode> answers) {
        Visibility visibility = new Visibility(new HashSet<>(), Map.copyOf(withoutNulls(answers)));
        questionnaire.sections().forEach(section -> visibility.visit(section.items(), true));
        return visibility;
    }

    public boolean isShown(String itemKey) {
        return !hidden.contains(itemKey);
    }

    /** The answers of shown questions only, as conditions and completion see them. */
    public Answers shownAnswers() {
        return key -> hidden.contains(key) ? Optional.empty() : Optional.ofNullable(answers.get(key));
    }

    private void visit(List<Item> items, boolean parentShown) {
        for (Item item : items) {
            boolean shown = parentShown && (item.visibleWhen() == null || item.visibleWhen().test(shownAnswers()));
            if (!shown) {
                hidden.add(item.key());
                if (item instanceof Question question && question.supportingDocuments() != null) {
                    hidden.add(question.documentsKey()); // the files go with their question
                }
            }
            visit(item.items(), shown);
        }
    }

    private static Map<String, JsonNode> withoutNulls(Map<String, JsonNode> answers) {
        Map<String, JsonNode> copy = new java.util.HashMap<>();
        answers.forEach((key, value) -> {
            if (key != null && value != null && !value.isNull()) {
                copy.put(key, value);
            }
        });
        return copy;
    }
}
