package org.qconsole.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The answers given so far, by question key, as the JSON values the console stores (see
 * docs/template-format.md, "Answer values"): conditions are evaluated against these.
 */
@FunctionalInterface
public interface Answers {

    Optional<JsonNode> get(String questionKey);

    Answers NONE = key -> Optional.empty();

    static boolean isAnswered(JsonNode answer) {
        if (answer == null || answer.isNull() || answer.isMissingNode()) {
            return false;
        }
        if (answer.isTextual()) {
            return !answer.asText().isBlank();
        }
        if (answer.isArray() || answer.isObject()) {
            if (answer.path("selected").isTextual()) { // a single choice with words in its option's box
                return !answer.get("selected").asText().isBlank();
            }
            if (answer.has("selected")) {
                return !answer.get("selected").isEmpty()
                        || (answer.hasNonNull("other") && !answer.get("other").asText().isBlank());
            }
            if (answer.path("text").isTextual()) { // a text with its version in another language beside it
                return !answer.get("text").asText().isBlank();
            }
            return !answer.isEmpty();
        }
        return true;
    }

    /**
     * The option values chosen in a single choice ("a", or {"selected": "a", "specify": ...}) or multiple
     * choice ({"selected": ["a"]}) answer.
     */
    static List<String> selectedValues(JsonNode answer) {
        List<String> values = new ArrayList<>();
        if (answer.isTextual()) {
            values.add(answer.asText());
        } else if (answer.path("selected").isTextual()) {
            values.add(answer.get("selected").asText());
        } else if (answer.has("selected")) {
            answer.get("selected").forEach(v -> values.add(v.asText()));
        }
        return values;
    }

    /**
     * Whether an answer is this value; a single choice with words in its option's box
     * ({@code {"selected": "partly", "specify": ...}}) is the option it chose.
     */
    static boolean scalarEquals(JsonNode answer, JsonNode value) {
        if (answer.isObject() && answer.path("selected").isTextual()) {
            return scalarEquals(answer.get("selected"), value);
        }
        if (answer.isNumber() && value.isNumber()) {
            return answer.decimalValue().compareTo(value.decimalValue()) == 0;
        }
        return answer.isValueNode() && value.isValueNode() && answer.asText().equals(value.asText());
    }
}
