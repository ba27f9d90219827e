package org.qconsole.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A number question's answer compared with the answer to an earlier number question: {@code "question"}
 * (its key), {@code "operator"} ({@code lt}, {@code le}, {@code eq}, {@code ge}, {@code gt}: this answer
 * is less than, at most... the other), and the respondent's {@code message} when it is not.
 */
public record CompareWith(String question, Relation operator,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalizedText message) {
}
