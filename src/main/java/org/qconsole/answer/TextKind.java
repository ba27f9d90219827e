package org.qconsole.answer;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.qconsole.common.Messages;
import org.qconsole.common.Phrase;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.TextFormat;
import org.qconsole.model.Language;
import org.qconsole.model.RichText;
import org.qconsole.common.Worded;

/**
 * Short text (one line) or long text (paragraphs), each up to a maximum length; a short text may have a
 * {@code format} ({@link TextFormats}), whose message the respondent reads in their language. A long text (the
 * free-text answers of a questionnaire) may carry a version in another language beside the answer as written
 * ({@link TranslatedAnswer}): whether it is given is the written text's; both have the same limit.
 */
record TextKind(AnswerSpec spec, Integer declaredMaxLength, int defaultMaxLength, int ceiling, boolean multiLine,
        TextFormat format) implements AnswerKind {

    static TextKind shortText(AnswerSpec.ShortText spec) {
        return new TextKind(spec, spec.maxLength(), AnswerSpec.ShortText.DEFAULT_MAX_LENGTH,
                Settings.MAX_SHORT_TEXT_LENGTH, false, spec.format());
    }

    static TextKind longText(AnswerSpec.LongText spec) {
        return new TextKind(spec, spec.maxLength(), AnswerSpec.LongText.DEFAULT_MAX_LENGTH, Settings.MAX_TEXT_LENGTH,
                true, null);
    }

    /** The most characters an answer may have. */
    int maxLength() {
        return declaredMaxLength == null ? defaultMaxLength : declaredMaxLength;
    }

    @Override
    public Optional<String> problem(JsonNode value) {
        return problem(value, Language.EN);
    }

    /** Too long, or not in the format (checked on the text without the spaces around it). */
    @Override
    public Optional<String> problem(JsonNode value, Language language) {
        if (value.isObject() && multiLine) {
            return translatedProblem(value, language);
        }
        Optional<String> problem = problem(value, maxLength(), language);
        if (problem.isPresent() || format == null || format.type() == null) {
            return problem;
        }
        return TextFormats.problem(format, value.asText().strip(), language);
    }

    private Optional<String> translatedProblem(JsonNode value, Language language) {
        Optional<TranslatedAnswer> translated = TranslatedAnswer.of(value);
        if (translated.isEmpty() || value.size() != 2 || value.get(TranslatedAnswer.TRANSLATION).size() != 2) {
            return Optional.of(Messages.text(language, "answer.check.translationShape"));
        }
        Optional<String> written = problem(value.get(TranslatedAnswer.TEXT), language);
        if (written.isPresent()) {
            return written;
        }
        int length = translated.get().translation().length();
        return length <= maxLength() ? Optional.empty()
                : Optional.of(Messages.text(language, "answer.check.translationTooLong",
                        translated.get().language().nativeName(), String.valueOf(maxLength()), String.valueOf(length)));
    }

    /** Given when the text as written is: a version in another language alone answers nothing. */
    @Override
    public boolean isAnswered(JsonNode value) {
        return TranslatedAnswer.of(value).map(answer -> !answer.written().isBlank())
                .orElseGet(() -> AnswerKind.super.isAnswered(value));
    }

    @Override
    public Optional<TranslatedAnswer> translated(JsonNode value) {
        return TranslatedAnswer.of(value);
    }

    /** A long text's answer as written, and beside it its version in another language, if any. */
    @Override
    public List<ExportColumn> exportColumns(Language language) {
        if (!multiLine) {
            return AnswerKind.super.exportColumns(language);
        }
        return List.of(ExportColumn.whole(value -> CellValue.text(TranslatedAnswer.of(value)
                        .map(TranslatedAnswer::written).orElseGet(() -> Words.asStored(value)))),
                new ExportColumn(TranslatedAnswer.TRANSLATION, Messages.text(language, "answer.export.translation"), value ->
                        CellValue.text(TranslatedAnswer.of(value).map(TranslatedAnswer::versionAlone).orElse(""))));
    }


    /** The problem with a text of at most {@code maxLength} characters, in the respondent's language. */
    static Optional<String> problem(JsonNode value, int maxLength, Language language) {
        if (!value.isTextual()) {
            return Optional.of(Messages.text(language, "answer.check.text"));
        }
        int length = value.asText().length();
        return length <= maxLength ? Optional.empty() : Optional.of(Messages.text(language, "answer.check.tooLong",
                String.valueOf(maxLength), String.valueOf(length)));
    }

    @Override
    public String text(JsonNode value, Language language) {
        return TranslatedAnswer.of(value).map(TranslatedAnswer::inWords).orElseGet(() -> Words.asStored(value));
    }

    @Override
    public String blankHtml(Language language) {
        String line = multiLine ? "<div class=\"lines\"></div>" : "<span class=\"line\"></span>";
        return format == null || format.type() == null ? line
                : line + "<div class=\"note\">" + RichText.escape(TextFormats.message(format, language)) + "</div>";
    }

    @Override
    public void checkSettings(Consumer<Worded> problems) {
        Settings.length(declaredMaxLength, ceiling, problems);
        if (format != null) {
            TextFormats.checkSettings(format, problems);
        }
    }

    @Override
    public List<Worded> checks() {
        return format == null || format.type() == null ? List.of() : List.of(TextFormats.words(format));
    }

    @Override
    public Worded kindName() {
        return new Phrase(multiLine ? "answer.kind.longText" : "answer.kind.shortText");
    }
}
