package org.qconsole.answer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.qconsole.common.Messages;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Answers;
import org.qconsole.model.Language;
import org.qconsole.model.RichText;
import org.qconsole.common.Worded;
import org.qconsole.common.Phrase;

/**
 * Any number of options, with "Other, please specify" when the settings have an other label: the value is
 * {@code {"selected": ["a", "b"], "other": "text"}}.
 */
record MultipleChoiceKind(AnswerSpec.MultipleChoice spec) implements ChoiceKind {

    @Override
    public Optional<String> problem(JsonNode value) {
        return problem(value, Language.EN);
    }

    @Override
    public Optional<String> problem(JsonNode value, Language language) {
        if (!value.isObject() || (value.has("selected") && !value.get("selected").isArray())) {
            return Optional.of(Messages.text(language, "answer.check.chooseAmong"));
        }
        List<String> values = Words.values(spec.options());
        for (JsonNode selected : value.path("selected")) {
            if (!selected.isTextual() || !values.contains(selected.asText())) {
                return Optional.of(Messages.text(language, "answer.check.chooseAmong"));
            }
        }
        JsonNode other = value.get("other");
        Optional<String> alone = chosenAloneProblem(value, language).or(() -> OptionBoxes.problem(spec.options(),
                value, Answers.selectedValues(value), language)).or(() -> OptionBoxes.totalProblem(spec.options(),
                value, Answers.selectedValues(value), spec.total(), language));
        if (alone.isPresent()) {
            return alone;
        }
        if (other != null && !other.isNull()) {
            if (!hasOther()) {
                return Optional.of(Messages.text(language, "answer.check.noOther"));
            }
            return TextKind.problem(other, Settings.CELL_TEXT_MAX, language);
        }
        return Optional.empty();
    }

    @Override
    public String text(JsonNode value, Language language) {
        if (!value.isObject()) {
            return Words.asStored(value);
        }
        List<String> parts = new ArrayList<>();
        value.path("selected").forEach(v -> parts.add(OptionBoxes.labelWithWords(spec.options(), value, v.asText(),
                language)));
        String other = otherWords(value);
        if (!other.isBlank()) {
            String label = hasOther() ? Words.plain(spec.otherLabel(), language)
                    : Messages.text(language, "answer.print.other");
            parts.add(label + ": " + other);
        }
        return String.join("; ", parts);
    }

    @Override
    public List<ExportColumn> exportColumns(Language language) {
        List<ExportColumn> columns = new ArrayList<>();
        for (AnswerSpec.Option option : spec.options()) {
            columns.add(new ExportColumn(option.value(), Words.plain(option.label(), language),
                    a -> a != null && counted(a).contains(option.value()) ? CellValue.text(Words.yesNo(language, true))
                            : CellValue.EMPTY));
        }
        if (hasOther()) {
            columns.add(new ExportColumn("other", Words.plain(spec.otherLabel(), language),
                    a -> a == null ? CellValue.EMPTY : CellValue.text(otherWords(a))));
        }
        columns.addAll(OptionBoxes.exportColumns(spec.options(), language));
        return columns;
    }

    @Override
    public String blankHtml(Language language) {
        String html = OptionBoxes.blankHtml(spec.options(), language);
        html = hasOther() ? html + "<div>" + Words.box(spec.otherLabel().in(language))
                + "<span class=\"line\"></span></div>" : html;
        return spec.total() == null ? html
                : html + "<div class=\"note\">" + RichText.escape(OptionBoxes.totalWords(spec.total(), language)) + "</div>";
    }

    @Override
    public void checkSettings(Consumer<Worded> problems) {
        Settings.options(spec.options(), 1, problems);
        if (spec.otherLabel() != null && spec.otherLabel().english().isBlank()) {
            problems.accept(new Phrase("answer.settings.otherLabel"));
        }
        if (spec.total() != null && !OptionBoxes.anyNumberBox(spec.options())) {
            problems.accept(new Phrase("answer.settings.totalWithoutBox", NumberKind.plain(spec.total())));
        }
    }

    @Override
    public List<Worded> checks() {
        return spec.total() == null ? List.of()
                : List.of(new Phrase("answer.checkWords.total", NumberKind.plain(spec.total())));
    }

    @Override
    public List<AnswerSpec.Option> options() {
        return spec.options();
    }

    @Override
    public List<String> counted(JsonNode value) {
        return value.isObject() ? Answers.selectedValues(value) : List.of();
    }

    @Override
    public boolean isAnswered(JsonNode value) {
        return Answers.isAnswered(value) && OptionBoxes.requiredFilled(spec.options(), value, counted(value))
                && (spec.total() == null || OptionBoxes.numbersFilled(spec.options(), value, counted(value)));
    }

    /** The words in "Other", then those in the boxes of the options chosen. */
    @Override
    public String ownWords(JsonNode value) {
        List<String> words = new ArrayList<>();
        if (!otherWords(value).isBlank()) {
            words.add(otherWords(value));
        }
        words.addAll(OptionBoxes.ownWords(spec.options(), value, counted(value)));
        return String.join("; ", words);
    }

    private static String otherWords(JsonNode value) {
        return value.path("other").isTextual() ? value.path("other").asText() : "";
    }

    /** An exclusive option ("None") chosen together with another option or with words in "Other". */
    private Optional<String> chosenAloneProblem(JsonNode value, Language language) {
        List<String> selected = Answers.selectedValues(value);
        boolean withOthers = selected.size() > 1 || !otherWords(value).isBlank();
        return spec.options().stream().filter(o -> o.exclusive() && selected.contains(o.value()) && withOthers)
                .findFirst().map(o -> Messages.text(language, "answer.check.chosenAlone",
                        Words.plain(o.label(), language)));
    }

    private boolean hasOther() {
        return spec.otherLabel() != null && !spec.otherLabel().isEmpty();
    }

    @Override
    public Worded kindName() {
        return new Phrase("answer.kind.multipleChoice");
    }
}
