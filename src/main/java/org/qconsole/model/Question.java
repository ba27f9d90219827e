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
 * @param supportingDocuments files the respondent may attach beside the answer; {@code null} for none
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Question(String key, String number, LocalizedText text, LocalizedText help, AnswerSpec answer,
        boolean required, Condition requiredWhen, Condition visibleWhen, List<Footnote> footnotes,
        List<Item> items, SupportingDocuments supportingDocuments) implements Item {

    /** What a stored answer key adds to a question's key for the supporting documents ({@code q5:documents}). */
    public static final String DOCUMENTS_SUFFIX = ":documents";

    public Question(String key, String number, LocalizedText text, LocalizedText help, AnswerSpec answer,
            boolean required, Condition requiredWhen, Condition visibleWhen, List<Footnote> footnotes,
            List<Item> items) {
        this(key, number, text, help, answer, required, requiredWhen, visibleWhen, footnotes, items, null);
    }

    public Question {
        help = help == null ? LocalizedText.EMPTY : help;
        number = number == null ? "" : number;
        footnotes = footnotes == null ? List.of() : List.copyOf(footnotes);
        items = items == null ? List.of() : List.copyOf(items);
    }

    /**
     * The key the supporting documents are stored under: the question's and {@value #DOCUMENTS_SUFFIX}, which
     * no question key or export column can be (keys have no colon, option values neither).
     */
    public String documentsKey() {
        return key + DOCUMENTS_SUFFIX;
    }

    /** The supporting documents as a question of their own, answered beside this one; empty without them. */
    public java.util.Optional<Question> documentsQuestion() {
        if (supportingDocuments == null) {
            return java.util.Optional.empty();
        }
        LocalizedText label = LocalizedText.en("Supporting documents: " + RichText.toPlainText(
                text == null ? "" : text.english()));
        return java.util.Optional.of(new Question(documentsKey(), number, label, null,
                supportingDocuments.asAnswer(), false, null, null, null, null));
    }

    public Question withItems(List<Item> newItems) {
        return new Question(key, number, text, help, answer, required, requiredWhen, visibleWhen, footnotes, newItems,
                supportingDocuments);
    }

    public Question withAnswer(AnswerSpec newAnswer) {
        return new Question(key, number, text, help, newAnswer, required, requiredWhen, visibleWhen, footnotes, items,
                supportingDocuments);
    }

    /** Whether an answer is needed, given the answers so far (visibility is checked separately). */
    public boolean isRequired(Answers answers) {
        return required && (requiredWhen == null || requiredWhen.test(answers));
    }
}
