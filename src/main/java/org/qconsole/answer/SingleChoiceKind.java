package org.qconsole.answer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.qconsole.common.Messages;
import org.qconsole.common.Phrase;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Answers;
import org.qconsole.model.Language;
import org.qconsole.common.Worded;

/**
 * One option, shown as radio buttons or a dropdown: the value is the option's value, {@code "partly"};
 * with words in the box of an option that has one, {@code {"selected": "partly", "specify": {"partly":
 * "in two ministries"}}} ({@link OptionBoxes}).
 */
record SingleChoiceKind(AnswerSpec.SingleChoice spec) implements ChoiceKind {

    @Override
    public Optional<String> problem(JsonNode value) {
        return problem(value, Language.EN);
    }

    @Override
    public Optional<String> problem(JsonNode value, Language language) {
        if (value.isTextual()) {
            return fits(value) ? Optional.empty() : Optional.of(Messages.text(language, "answer.check.chooseOne"));
        }
        JsonNode selected = value.path("selected");
        if (!value.isObject() || !fits(selected)) {
            return Optional.of(Messages.text(language, "answer.check.chooseOne"));
        }
        return OptionBoxes.problem(spec.options(), value, List.of(selected.asText()), language);
    }

    @Override
    public boolean isAnswered(JsonNode value) {
        return Answers.isAnswered(value) && OptionBoxes.requiredFilled(spec.options(), value, counted(value));
    }

    @Override
    public String text(JsonNode value, Language language) {
        List<String> chosen = counted(value);
        return chosen.isEmpty() ? Words.asStored(value)
                : OptionBoxes.labelWithWords(spec.options(), value, chosen.get(0), language);
    }

    @Override
    public List<ExportColumn> exportColumns(Language language) {
        List<ExportColumn> columns = new ArrayList<>();
        columns.add(ExportColumn.whole(value -> CellValue.text(counted(value).isEmpty() ? Words.asStored(value)
                : Words.label(spec.options(), counted(value).get(0), language))));
        columns.addAll(OptionBoxes.exportColumns(spec.options(), language));
        return columns;
    }

    @Override
    public String blankHtml(Language language) {
        return OptionBoxes.blankHtml(spec.options(), language);
    }

    @Override
    public void checkSettings(Consumer<Worded> problems) {
        Settings.options(spec.options(), 2, problems);
        Settings.noExclusive(null, spec.options(), problems);
    }

    @Override
    public List<AnswerSpec.Option> options() {
        return spec.options();
    }

    @Override
    public List<String> counted(JsonNode value) {
        if (fits(value)) {
            return List.of(value.asText());
        }
        return fits(value.path("selected")) ? List.of(value.get("selected").asText()) : List.of();
    }

    @Override
    public String ownWords(JsonNode value) {
        return String.join("; ", OptionBoxes.ownWords(spec.options(), value, counted(value)));
    }

    private boolean fits(JsonNode value) {
        return value.isTextual() && Words.values(spec.options()).contains(value.asText());
    }

    @Override
    public Worded kindName() {
        return new Phrase("answer.kind.singleChoice");
    }
}
