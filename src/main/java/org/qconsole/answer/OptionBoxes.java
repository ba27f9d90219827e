package org.qconsole.answer;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qconsole.common.Messages;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Answers;
import org.qconsole.model.Language;

/**
 * The boxes beside options of a single or multiple choice ({@link AnswerSpec.Specify}): what is given in
 * them is kept in the answer as {@code "specify": {"<option value>": "words" or a number}}, for chosen
 * options only; a number box checks and reads like a number question ({@link NumberKind}).
 * Shared by both choice kinds, so a box means the same in each.
 */
final class OptionBoxes {

    static final String FIELD = "specify";

    private OptionBoxes() {
    }

    /** What is wrong with the words in the boxes of a value whose options {@code chosen} are known good. */
    static Optional<String> problem(List<AnswerSpec.Option> options, JsonNode value, List<String> chosen,
            Language language) {
        JsonNode boxes = value.get(FIELD);
        if (boxes == null || boxes.isNull()) {
            return Optional.empty();
        }
        if (!boxes.isObject()) {
            return Optional.of(Messages.text(language, "answer.check.boxes"));
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = boxes.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> box = it.next();
            Optional<AnswerSpec.Option> option = options.stream()
                    .filter(o -> o.value().equals(box.getKey()) && o.specify() != null).findFirst();
            if (option.isEmpty()) {
                return Optional.of(Messages.text(language, "answer.check.noBox"));
            }
            if (!chosen.contains(box.getKey())) {
                return Optional.of(Messages.text(language, "answer.check.boxNotChosen",
                        Words.plain(option.get().label(), language)));
            }
            Optional<String> problem = option.get().specify().number() != null
                    ? new NumberKind(option.get().specify().number().asAnswer()).problem(box.getValue(), language)
                    : TextKind.problem(box.getValue(), Settings.CELL_TEXT_MAX, language);
            if (problem.isPresent()) {
                return problem.map(p -> Words.plain(option.get().label(), language) + ": " + p);
            }
        }
        return Optional.empty();
    }

    /**
     * "The numbers must total N": once every chosen option with a number box has its number (before, the
     * respondent is still typing), their sum must be the total. A value without chosen number boxes has nothing
     * to add up.
     */
    static Optional<String> totalProblem(List<AnswerSpec.Option> options, JsonNode value, List<String> chosen,
            BigDecimal total, Language language) {
        List<AnswerSpec.Option> numbered = numbered(options, chosen);
        if (total == null || numbered.isEmpty()
                || !numbered.stream().allMatch(o -> value.path(FIELD).path(o.value()).isNumber())) {
            return Optional.empty();
        }
        BigDecimal sum = numbered.stream().map(o -> value.path(FIELD).path(o.value()).decimalValue())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return sum.compareTo(total) == 0 ? Optional.empty() : Optional.of(Messages.text(language,
                "answer.check.totalMismatch", NumberKind.plain(total), NumberKind.plain(sum)));
    }

    /** "The numbers must total 100.": the rule in words, for the printed form. */
    static String totalWords(BigDecimal total, Language language) {
        return Messages.text(language, "answer.print.total", NumberKind.plain(total));
    }

    /** Whether every chosen option with a number box has its number: a question with a total needs them all. */
    static boolean numbersFilled(List<AnswerSpec.Option> options, JsonNode value, List<String> chosen) {
        return numbered(options, chosen).stream().allMatch(o -> value.path(FIELD).path(o.value()).isNumber());
    }

    /** Whether any option has a box that takes a number. */
    static boolean anyNumberBox(List<AnswerSpec.Option> options) {
        return options.stream().anyMatch(o -> o.specify() != null && o.specify().number() != null);
    }

    private static List<AnswerSpec.Option> numbered(List<AnswerSpec.Option> options, List<String> chosen) {
        return options.stream().filter(o -> o.specify() != null && o.specify().number() != null
                && chosen.contains(o.value())).toList();
    }

    /** Whether every chosen option whose box is required has words in it. */
    static boolean requiredFilled(List<AnswerSpec.Option> options, JsonNode value, List<String> chosen) {
        return options.stream().filter(o -> o.specify() != null && o.specify().required()
                && chosen.contains(o.value())).allMatch(o -> Answers.isAnswered(value.path(FIELD).path(o.value())));
    }

    /** What an option's box holds, in words (a number with its unit); empty when nothing. */
    static String words(List<AnswerSpec.Option> options, JsonNode value, String option, Language language) {
        JsonNode held = value.path(FIELD).path(option);
        if (!Answers.isAnswered(held)) {
            return "";
        }
        return numberBox(options, option).map(box -> new NumberKind(box.asAnswer()).text(held, language))
                .orElse(held.isTextual() ? held.asText() : Words.asStored(held));
    }

    /** An option's label in words, followed by what its box says: "Yes, in part (in two ministries)". */
    static String labelWithWords(List<AnswerSpec.Option> options, JsonNode value, String option, Language language) {
        String label = Words.label(options, option, language);
        String words = words(options, value, option, language);
        return words.isBlank() ? label : label + " (" + words + ")";
    }

    private static Optional<AnswerSpec.NumberBox> numberBox(List<AnswerSpec.Option> options, String option) {
        return options.stream().filter(o -> o.value().equals(option) && o.specify() != null)
                .findFirst().map(o -> o.specify().number());
    }

    /** The words in the boxes of the options chosen, each after its option's English label ("Partly: in two ministries"). */
    static List<String> ownWords(List<AnswerSpec.Option> options, JsonNode value, List<String> chosen) {
        List<String> words = new ArrayList<>();
        chosen.stream().filter(o -> !words(options, value, o, Language.EN).isBlank()).forEach(o -> words.add(
                Words.label(options, o, Language.EN) + ": " + words(options, value, o, Language.EN)));
        return words;
    }

    /** One export column for each option with a box: {@code <question>.<option>.specify}. */
    static List<ExportColumn> exportColumns(List<AnswerSpec.Option> options, Language language) {
        List<ExportColumn> columns = new ArrayList<>();
        options.stream().filter(o -> o.specify() != null).forEach(o -> columns.add(new ExportColumn(
                o.value() + "." + FIELD, Words.plain(o.label(), language) + ": "
                        + Words.plain(o.specify().shownLabel(), language),
                a -> a == null ? CellValue.EMPTY : cell(o, a.path(FIELD).path(o.value())))));
        return columns;
    }

    /** A number box's cell is a number, as a number question's is; a box of words is text. */
    private static CellValue cell(AnswerSpec.Option option, JsonNode held) {
        if (!Answers.isAnswered(held)) {
            return CellValue.EMPTY;
        }
        if (option.specify().number() != null && held.isNumber()) {
            return new CellValue.Number(held.decimalValue());
        }
        return CellValue.text(held.isTextual() ? held.asText() : Words.asStored(held));
    }

    /** The printed options, one tick box a line, an option with a box followed by a line to write on. */
    static String blankHtml(List<AnswerSpec.Option> options, Language language) {
        StringBuilder html = new StringBuilder();
        for (AnswerSpec.Option option : options) {
            html.append("<div>").append(Words.box(option.label().in(language)));
            if (option.specify() != null) {
                html.append(Words.escaped(option.specify().shownLabel(), language)).append(": ")
                        .append(option.specify().number() != null
                                ? new NumberKind(option.specify().number().asAnswer()).blankHtml(language)
                                : "<span class=\"line\"></span>");
            }
            html.append("</div>");
        }
        return html.toString();
    }
}
