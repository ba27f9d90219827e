package org.qconsole.answer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;

/** One option, shown as radio buttons or a dropdown: the value is the option's value. */
record SingleChoiceKind(AnswerSpec.SingleChoice spec) implements ChoiceKind {

    @Override
    public Optional<String> problem(JsonNode value) {
        return fits(value) ? Optional.empty() : Optional.of("Choose one of the options.");
    }

    @Override
    public String text(JsonNode value, Language language) {
        return value.isTextual() ? Words.label(spec.options(), value.asText(), language) : Words.asStored(value);
    }

    @Override
    public String blankHtml(Language language) {
        return Words.boxes(spec.options(), language);
    }

    @Override
    public void checkSettings(Consumer<String> problems) {
        Settings.options(spec.options(), 2, problems);
        Settings.noExclusive("", spec.options(), problems);
    }

    @Override
    public List<AnswerSpec.Option> options() {
        return spec.options();
    }

    @Override
    public List<String> counted(JsonNode value) {
        return fits(value) ? List.of(value.asText()) : List.of();
    }

    private boolean fits(JsonNode value) {
        return value.isTextual() && Words.values(spec.options()).contains(value.asText());
    }
}
