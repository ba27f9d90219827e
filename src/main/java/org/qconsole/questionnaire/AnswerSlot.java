package org.qconsole.questionnaire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.qconsole.model.Language;
import org.qconsole.model.Section;
import org.qconsole.model.Visibility;

/**
 * One place of a published questionnaire that holds one stored answer: a question (of any answer kind)
 * or a section a plugin provides. Everything that reads answers (the server's check, completion, history,
 * pre-fill, exports, the PDF) asks the slot, so "question or plugin section?" is decided once, when the
 * {@link PublishedQuestionnaire} is built.
 *
 * <p>Values are the stored JSON; {@code null} and JSON null mean "not answered".
 */
public sealed interface AnswerSlot permits QuestionSlot, PluginSlot {

    /** The key the answer is stored under: the question's key or the plugin section's key. */
    String key();

    /** The section the slot is in (for a plugin section: the section itself). */
    Section section();

    /** The number as printed ("3", "8.a"), possibly empty. */
    String number();

    /** What the slot asks, in plain English text: the question, or the section's title. */
    String label();

    /** {@link #label()} in a language, in English where the questionnaire has no text in it. */
    String label(Language language);

    /** The number and what the slot asks in a language ("8.a Is the authority registered?"), for lists and history. */
    default String numberedLabel(Language language) {
        return number().isBlank() ? label(language) : number() + " " + label(language);
    }

    /**
     * What is wrong with a value a user sends, in the words the form shows; empty when it may be stored.
     *
     * @throws SlotUnavailable when the slot cannot check values now (its plugin failed or is missing)
     */
    Optional<String> problem(JsonNode value);

    /** {@link #problem(JsonNode)} in a language; a plugin section speaks its own words. */
    default Optional<String> problem(JsonNode value, Language language) {
        return problem(value);
    }

    /** How much of the slot is answered, given the answers of the whole response and what is shown. */
    SlotCompletion completion(JsonNode value, Visibility visibility);

    /** The value in words, on one line; empty for no answer; a value that does not fit is shown as stored. */
    String text(JsonNode value, Language language);

    /** The slot's columns in an export, with their stable keys ({@code q1a.email}, {@code s2_contact.name}). */
    List<AnswerColumn> columns(Language language);

    /** The answer area of the printed questionnaire, as XHTML: blank (nothing to print) when value is null. */
    String html(JsonNode value, boolean blank, Language language);

    /** The format the answer is stored in (a plugin's answer format); empty for questions. */
    Optional<Integer> answerFormat();
}
