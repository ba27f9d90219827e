package org.qconsole.answer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.qconsole.common.Messages;
import org.qconsole.common.Phrase;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;
import org.qconsole.common.Worded;

/** Yes or No: the value is {@code "yes"} or {@code "no"}. */
record YesNoKind(AnswerSpec.YesNo spec) implements AnswerKind {

    private static final List<String> VALUES = List.of("yes", "no");

    @Override
    public Optional<String> problem(JsonNode value) {
        return problem(value, Language.EN);
    }

    @Override
    public Optional<String> problem(JsonNode value, Language language) {
        return fits(value) ? Optional.empty() : Optional.of(Messages.text(language, "answer.check.yesNo"));
    }

    @Override
    public String text(JsonNode value, Language language) {
        return fits(value) ? Words.yesNo(language, "yes".equals(value.asText())) : Words.asStored(value);
    }

    @Override
    public String blankHtml(Language language) {
        return Words.box(Words.yesNo(language, true)) + Words.box(Words.yesNo(language, false));
    }

    @Override
    public void checkSettings(Consumer<Worded> problems) {
        // no settings
    }

    @Override
    public Optional<Set<String>> equalsValues() {
        return Optional.of(Set.copyOf(VALUES));
    }

    @Override
    public Map<String, String> countedValues(Language language) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("yes", Words.yesNo(language, true));
        values.put("no", Words.yesNo(language, false));
        return values;
    }

    @Override
    public List<String> counted(JsonNode value) {
        return fits(value) ? List.of(value.asText()) : List.of();
    }

    private static boolean fits(JsonNode value) {
        return value.isTextual() && VALUES.contains(value.asText());
    }

    @Override
    public Worded kindName() {
        return new Phrase("answer.kind.yesNo");
    }
}
