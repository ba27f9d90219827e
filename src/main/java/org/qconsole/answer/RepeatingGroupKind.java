package org.qconsole.answer;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.qconsole.common.Messages;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Answers;
import org.qconsole.model.Language;
import org.qconsole.model.Question;
import org.qconsole.model.RichText;
import org.qconsole.common.Worded;
import org.qconsole.common.Phrase;

/**
 * A block of questions repeated by the respondent: the value is one object per repetition, by the repeated
 * questions' keys ({@code [{"title": "...", "budget": 1200}]}). Each repeated question keeps its own kind,
 * which checks, words and exports its value; a repeated question's conditions read its own repetition.
 */
public record RepeatingGroupKind(AnswerSpec.RepeatingGroup spec) implements AnswerKind {

    /** The most repetitions a group may allow. */
    public static final int MAX_ITEMS = 200;
    /** Repetitions exported side by side when the group sets no maximum. */
    static final int EXPORTED_ITEMS_WITHOUT_MAXIMUM = 10;

    /** The fewest repetitions that make an answer: the minimum, and at least one. */
    public int fewest() {
        return Math.max(1, spec.minItems() == null ? 0 : spec.minItems());
    }

    /** The most repetitions the respondent may add. */
    public int most() {
        return spec.maxItems() == null ? MAX_ITEMS : spec.maxItems();
    }

    /** A repetition's heading, "Project 2" (or "Item 2" when the designer gave no label). */
    public String itemHeading(int number, Language language) {
        String label = Words.plain(spec.itemLabel(), language);
        return (label.isBlank() ? Messages.text(language, "answer.print.item") : label) + " " + number;
    }

    /** Whether a repeated question is asked in this repetition (its condition reads the same repetition). */
    public static boolean asked(Question question, JsonNode repetition) {
        return question.visibleWhen() == null || question.visibleWhen().test(answers(repetition));
    }

    /** The answers of one repetition, as a repeated question's condition reads them. */
    public static Answers answers(JsonNode repetition) {
        return key -> Optional.ofNullable(repetition == null ? null : repetition.get(key));
    }

    @Override
    public Optional<String> problem(JsonNode value) {
        return problem(value, Language.EN);
    }

    @Override
    public Optional<String> problem(JsonNode value, Language language) {
        if (!value.isArray()) {
            return Optional.of(Messages.text(language, "answer.check.groupUnreadable"));
        }
        if (value.size() > most()) {
            return Optional.of(Messages.text(language, "answer.check.tooManyRepetitions", String.valueOf(most()),
                    String.valueOf(value.size())));
        }
        int number = 1;
        for (JsonNode repetition : value) {
            Optional<String> problem = repetitionProblem(repetition, language);
            if (problem.isPresent()) {
                return Optional.of(itemHeading(number, language) + ", " + problem.get());
            }
            number++;
        }
        return Optional.empty();
    }

    private Optional<String> repetitionProblem(JsonNode repetition, Language language) {
        if (!repetition.isObject()) {
            return Optional.of(Messages.text(language, "answer.check.repetitionUnreadable"));
        }
        Set<String> keys = spec.questions().stream().map(Question::key).collect(Collectors.toSet());
        for (Iterator<String> names = repetition.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!keys.contains(name)) {
                return Optional.of(Messages.text(language, "answer.check.notInGroup", name));
            }
        }
        for (Question question : spec.questions()) {
            Optional<String> problem = AnswerKinds.problem(question.answer(), repetition.get(question.key()), language);
            if (problem.isPresent()) {
                return Optional.of(Words.plain(question.text(), language) + ": " + problem.get());
            }
        }
        return Optional.empty();
    }

    /** Answered when it has enough repetitions and each has every required question it asks answered. */
    @Override
    public boolean isAnswered(JsonNode value) {
        if (!value.isArray() || value.size() < fewest()) {
            return false;
        }
        for (JsonNode repetition : value) {
            if (!complete(repetition)) {
                return false;
            }
        }
        return true;
    }

    /** Whether one repetition has an answer and every required question it asks answered. */
    public boolean complete(JsonNode repetition) {
        if (!repetition.isObject() || repetition.isEmpty()) {
            return false;
        }
        Answers answers = answers(repetition);
        return spec.questions().stream().filter(q -> asked(q, repetition) && q.isRequired(answers))
                .allMatch(q -> AnswerKinds.isAnswered(q.answer(), repetition.get(q.key())));
    }

    /** "Project 1: Title: Water; Budget: 1200 | Project 2: ..." */
    @Override
    public String text(JsonNode value, Language language) {
        if (problem(value, language).isPresent()) {
            return Words.asStored(value);
        }
        List<String> repetitions = new ArrayList<>();
        int number = 1;
        for (JsonNode repetition : value) {
            List<String> answers = new ArrayList<>();
            for (Question question : spec.questions()) {
                String words = AnswerKinds.text(question.answer(), repetition.get(question.key()), language);
                if (!words.isEmpty() && asked(question, repetition)) {
                    answers.add(Words.plain(question.text(), language) + ": " + words);
                }
            }
            repetitions.add(itemHeading(number++, language) + ": " + String.join("; ", answers));
        }
        return String.join(" | ", repetitions);
    }

    /**
     * The number of repetitions, then each repeated question's columns for each repetition side by side
     * ({@code 2.budget}, "Project 2 / Budget"); the long form, one row per repetition, is the export's own sheet.
     */
    @Override
    public List<ExportColumn> exportColumns(Language language) {
        List<ExportColumn> columns = new ArrayList<>();
        columns.add(new ExportColumn("items", Messages.text(language, "answer.export.repetitions"), value -> value == null || !value.isArray()
                ? CellValue.EMPTY : new CellValue.Number(BigDecimal.valueOf(value.size()))));
        int exported = spec.maxItems() == null ? EXPORTED_ITEMS_WITHOUT_MAXIMUM : spec.maxItems();
        for (int number = 1; number <= exported; number++) {
            int index = number - 1;
            String heading = itemHeading(number, language);
            for (Question question : spec.questions()) {
                for (ExportColumn column : AnswerKinds.of(question.answer()).exportColumns(language)) {
                    columns.add(new ExportColumn(number + "." + question.key() + suffix(column.keySuffix()),
                            heading + " / " + Words.plain(question.text(), language) + header(column.header()),
                            value -> cell(column, value == null ? null : value.path(index), question)));
                }
            }
        }
        return columns;
    }

    @Override
    public List<Question> repeatedQuestions() {
        return spec.questions();
    }

    /** A repeated question's columns in the long form: one row per repetition, by the question's key. */
    @Override
    public List<ExportColumn> repetitionColumns(Language language) {
        List<ExportColumn> columns = new ArrayList<>();
        for (Question question : spec.questions()) {
            for (ExportColumn column : AnswerKinds.of(question.answer()).exportColumns(language)) {
                columns.add(new ExportColumn(question.key() + suffix(column.keySuffix()),
                        Words.plain(question.text(), language) + header(column.header()),
                        repetition -> cell(column, repetition, question)));
            }
        }
        return columns;
    }

    private static CellValue cell(ExportColumn column, JsonNode repetition, Question question) {
        if (repetition == null || !repetition.isObject() || !asked(question, repetition)) {
            return CellValue.EMPTY;
        }
        JsonNode answer = repetition.get(question.key());
        return AnswerKinds.isEmpty(answer) ? CellValue.EMPTY : column.cell().apply(answer);
    }

    private static String suffix(String keySuffix) {
        return keySuffix.isEmpty() ? "" : "." + keySuffix;
    }

    private static String header(String header) {
        return header.isEmpty() ? "" : ": " + header;
    }

    @Override
    public String blankHtml(Language language) {
        StringBuilder html = new StringBuilder();
        int shown = Math.max(2, fewest());
        for (int number = 1; number <= shown; number++) {
            html.append("<div class=\"note\"><b>").append(RichText.escape(
                    itemHeading(number, language))).append("</b></div>");
            for (Question question : spec.questions()) {
                html.append("<div class=\"note\">").append(Words.escaped(question.text(), language)).append("</div>")
                        .append(AnswerKinds.of(question.answer()).blankHtml(language));
            }
        }
        return html.append("<div class=\"note\">")
                .append(RichText.escape(Messages.text(language, "answer.print.moreRepetitions")))
                .append("</div>").toString();
    }

    @Override
    public void checkSettings(Consumer<Worded> problems) {
        int min = spec.minItems() == null ? 0 : spec.minItems();
        if (min < 0 || most() < 1 || min > most() || most() > MAX_ITEMS) {
            problems.accept(new Phrase("answer.settings.repetitions", String.valueOf(min), String.valueOf(most()),
                    String.valueOf(MAX_ITEMS)));
        }
        if (spec.questions().isEmpty()) {
            problems.accept(new Phrase("answer.settings.repeatsNothing"));
        }
        Settings.unique(new Phrase("answer.settings.aRepeatedQuestion"), new Phrase("answer.settings.repeatedQuestions"),
                spec.questions().stream().map(Question::key).toList(), problems);
        for (Question question : spec.questions()) {
            repeatedQuestion(question, message -> problems.accept(new Phrase("answer.settings.repeatedQuestion",
                    question.key(), message)));
        }
    }

    private static void repeatedQuestion(Question question, Consumer<Worded> problems) {
        if (question.text() == null || question.text().english().isBlank()) {
            problems.accept(new Phrase("answer.settings.repeated.noText"));
        }
        if (question.requiredWhen() != null && !question.required()) {
            problems.accept(new Phrase("answer.settings.repeated.requiredWhen"));
        }
        if (question.supportingDocuments() != null) {
            problems.accept(new Phrase("answer.settings.repeated.documents"));
        }
        if (!question.items().isEmpty()) {
            problems.accept(new Phrase("answer.settings.repeated.subQuestions"));
        }
        if (question.answer() == null) {
            problems.accept(new Phrase("answer.settings.repeated.noKind"));
        } else if (!AnswerKinds.of(question.answer()).repeatedQuestions().isEmpty()) {
            problems.accept(new Phrase("answer.settings.repeated.nested"));
        } else if (question.answer() instanceof AnswerSpec.NumberAnswer number && number.compareWith() != null) {
            problems.accept(new Phrase("answer.settings.repeated.compares"));
        } else if (AnswerKinds.of(question.answer()).takesFiles()) {
            problems.accept(new Phrase("answer.settings.repeated.files"));
        } else {
            AnswerKinds.of(question.answer()).checkSettings(problems);
        }
    }

    @Override
    public Worded kindName() {
        return new Phrase("answer.kind.repeatingGroup");
    }
}
