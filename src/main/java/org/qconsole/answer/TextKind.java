package org.qconsole.answer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.function.Consumer;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;

/** Short text (one line) or long text (paragraphs), each up to a maximum length. */
record TextKind(AnswerSpec spec, Integer declaredMaxLength, int defaultMaxLength, int ceiling, boolean multiLine)
        implements AnswerKind {

    static TextKind shortText(AnswerSpec.ShortText spec) {
        return new TextKind(spec, spec.maxLength(), AnswerSpec.ShortText.DEFAULT_MAX_LENGTH,
                Settings.MAX_SHORT_TEXT_LENGTH, false);
    }

    static TextKind longText(AnswerSpec.LongText spec) {
        return new TextKind(spec, spec.maxLength(), AnswerSpec.LongText.DEFAULT_MAX_LENGTH, Settings.MAX_TEXT_LENGTH,
                true);
    }

    /** The most characters an answer may have. */
    int maxLength() {
        return declaredMaxLength == null ? defaultMaxLength : declaredMaxLength;
    }

    @Override
    public Optional<String> problem(JsonNode value) {
        return problem(value, maxLength());
    }

    /** The problem with a text of at most {@code maxLength} characters. */
    static Optional<String> problem(JsonNode value, int maxLength) {
        if (!value.isTextual()) {
            return Optional.of("Enter text.");
        }
        int length = value.asText().length();
        return length <= maxLength ? Optional.empty()
                : Optional.of("Enter at most " + maxLength + " characters (this has " + length + ").");
    }

    @Override
    public String text(JsonNode value, Language language) {
        return Words.asStored(value);
    }

    @Override
    public String blankHtml(Language language) {
        return multiLine ? "<div class=\"lines\"></div>" : "<span class=\"line\"></span>";
    }

    @Override
    public void checkSettings(Consumer<String> problems) {
        Settings.length(declaredMaxLength, ceiling, problems);
    }
}
