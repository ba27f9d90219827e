package org.qconsole.answer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.qconsole.model.Answers;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;
import org.qconsole.model.Question;
import org.qconsole.common.Worded;

/**
 * Everything the console knows about one kind of answer, bound to one question's settings: what a stored
 * value must look like, when it counts as answered, how it reads in words, how it is exported and printed,
 * which conditions may read it, and which settings are valid. Found with {@link AnswerKinds#of}; the
 * fill-in field and the designer's settings editor of each kind are in {@code answer.ui}.
 *
 * <p>Values are the stored JSON of docs/template-format.md ("Answer values"). Methods taking a value are
 * called with a present value only: {@code null}, JSON null and missing mean "not answered" and are
 * handled once, in {@link AnswerKinds}.
 */
public interface AnswerKind {

    /** The settings this kind was bound to. */
    AnswerSpec spec();

    /** The problem with a value, in English words for the respondent; empty when it fits the settings. */
    Optional<String> problem(JsonNode value);

    /**
     * The problem with a value in the respondent's (the questionnaire's) language: the console's own kinds word it
     * from the answer bundle ({@code answer.check.*}), or give the designer's own words (a format's message) in
     * it. By default the same as {@link #problem(JsonNode)}, which speaks English: a kind from a plugin may
     * override it.
     */
    default Optional<String> problem(JsonNode value, Language language) {
        return problem(value);
    }

    /**
     * The checks an answer must pass beyond its kind's own (a format, a total), worded for the version
     * comparison in the page's language ("format: e-mail address"); empty when none.
     */
    default List<Worded> checks() {
        return List.of();
    }

    /** Whether a fitting value counts as an answer (for completion and required questions). */
    default boolean isAnswered(JsonNode value) {
        return Answers.isAnswered(value);
    }

    /** The value in words, on one line; a value that does not fit is shown as stored, never dropped. */
    String text(JsonNode value, Language language);

    /**
     * The kind's name in words ("Yes / No", « Oui / Non »), as the designer offers it and an export's questionnaire
     * sheet names it; by default the name the settings give, for a kind from elsewhere.
     */
    default Worded kindName() {
        return language -> spec().kindName();
    }

    /**
     * The columns a question of this kind has in an export, their headings and words in the export's language:
     * by default one, its value in words.
     */
    default List<ExportColumn> exportColumns(Language language) {
        return List.of(ExportColumn.whole(value -> CellValue.text(text(value, language))));
    }

    /** The empty answer area of a printed questionnaire, as XHTML for the PDF. */
    String blankHtml(Language language);

    /**
     * Reports what is wrong with the settings, each problem as a phrase that follows the question's place
     * ("has a minimum (10) above its maximum (1)"), worded in the language of the list that shows it.
     */
    void checkSettings(Consumer<Worded> problems);

    /** The options a respondent picks among (choices); empty for other kinds. */
    default List<AnswerSpec.Option> options() {
        return List.of();
    }

    /** The typed columns of a grid or table; empty for other kinds. */
    default List<AnswerSpec.Column> columns() {
        return List.of();
    }

    /** Whether a "selectedAny" condition may read this kind (it has options to select). */
    default boolean selectable() {
        return false;
    }

    /** The values an "equals" condition may name, when the kind allows only some (Yes / No). */
    default Optional<Set<String>> equalsValues() {
        return Optional.empty();
    }

    /**
     * The values an "answeredExcept" condition ("any answer except No") may name: Yes / No, or the options
     * of a choice; empty when it may not read this kind.
     */
    default Optional<Set<String>> exceptValues() {
        if (equalsValues().isPresent()) {
            return equalsValues();
        }
        return selectable() ? Optional.of(Set.copyOf(Words.values(options()))) : Optional.empty();
    }

    /** The fixed rows of a grid, one cell of which a "gridCell" condition may read; empty for other kinds. */
    default List<AnswerSpec.Row> rows() {
        return List.of();
    }

    /**
     * The sums of a grid's or a table's totalled number columns for a value, in words with their unit ("12
     * people"), by column key and in column order; 0 where nothing is entered. Empty for other kinds.
     */
    default Map<String, String> totals(JsonNode value, Language language) {
        return Map.of();
    }

    /**
     * The sums across each row of a grid with row totals, in words, by row key and in row order; 0 where
     * nothing is entered. Empty for other kinds and grids without them.
     */
    default Map<String, String> rowTotals(JsonNode value, Language language) {
        return Map.of();
    }

    /** The questions asked once per repetition (a repeating group); empty for other kinds. */
    default List<Question> repeatedQuestions() {
        return List.of();
    }

    /** The columns of one repetition in an export's long form (a repeating group); empty for other kinds. */
    default List<ExportColumn> repetitionColumns(Language language) {
        return List.of();
    }

    /** Whether the respondent adds rows (a table), whose cells an "anyRow" condition may read by column. */
    default boolean addsRows() {
        return false;
    }

    /** Whether "compare" conditions (less than, at least...) apply: numbers. */
    default boolean comparable() {
        return false;
    }

    /**
     * What a compilation across countries counts: the value of each choice with its label in a language;
     * empty for kinds that are read, not counted.
     */
    default Map<String, String> countedValues(Language language) {
        return Map.of();
    }

    /** The counted values a value holds (see {@link #countedValues(Language)}). */
    default List<String> counted(JsonNode value) {
        return List.of();
    }

    /** Whether the answer lists uploaded files (a "documents" question), stored beside the answers. */
    default boolean takesFiles() {
        return false;
    }

    /**
     * A free-text answer with its version in another language beside it, as the respondent gave both; empty
     * for other kinds and for answers without one.
     */
    default Optional<TranslatedAnswer> translated(JsonNode value) {
        return Optional.empty();
    }

    /** The respondent's own words beside the counted values ("Other, please specify"); empty when none. */
    default String ownWords(JsonNode value) {
        return "";
    }
}
