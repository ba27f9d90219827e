package org.qconsole.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A question. Its {@code key} is stable across the template's versions: answers are stored against it,
 * so a question that keeps its key keeps its answers in a new version.
 *
 * @param number as printed, e.g. {@code "1"}, {@code "1.a"}, {@code "8.b"}; may be empty
 * @param text the question (rich text)
 * @param help guidance under the question (rich text), may be empty
 * @param required whether it must be answered before submission (when visible)
 * @param requiredWhen required only when this holds; {@code null} for {@link #required} alone
 * @param items sub-questions and texts under this question ("If yes, ...")
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Question(String key, String number, LocalizedText text, LocalizedText help, AnswerSpec answer,
        boolean required, Condition requiredWhen, Condition visibleWhen, List<Footnote> footnotes,
        List<Item> items) implements Item {

    public Question {
        help = help == null ? LocalizedText.EMPTY : help;
        number = number == null ? "" : number;
        footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** Whether an answer is needed, given the answers so far (visibility is checked separately). */
    public boolean isRequired(Answers answers) {
        return required && (requiredWhen == null || requiredWhen.test(answers));
    }
}
