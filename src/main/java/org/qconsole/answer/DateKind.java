package org.qconsole.answer;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Consumer;
import org.qconsole.common.Messages;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;
import org.qconsole.common.Worded;
import org.qconsole.common.Phrase;

/** A date, stored as ISO 8601 ({@code "2024-03-31"}), between optional bounds. */
record DateKind(AnswerSpec.DateAnswer spec) implements AnswerKind {

    @Override
    public Optional<String> problem(JsonNode value) {
        return problem(value, Language.EN);
    }

    @Override
    public Optional<String> problem(JsonNode value, Language language) {
        LocalDate date = parse(value);
        if (date == null) {
            return Optional.of(Messages.text(language, "answer.check.date"));
        }
        if (date.getYear() < 1 || date.getYear() > 9999) {
            return Optional.of(Messages.text(language, "answer.check.year"));
        }
        if ((spec.min() != null && date.isBefore(spec.min())) || (spec.max() != null && date.isAfter(spec.max()))) {
            return Optional.of(range(spec.min(), spec.max(), language));
        }
        return Optional.empty();
    }

    /** The date a stored value holds; {@code null} when it holds none. */
    private static LocalDate parse(JsonNode value) {
        try {
            return value != null && value.isTextual() ? LocalDate.parse(value.asText()) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public String text(JsonNode value, Language language) {
        return Words.asStored(value);
    }

    @Override
    public String blankHtml(Language language) {
        return "<span class=\"line\"></span>";
    }

    @Override
    public void checkSettings(Consumer<Worded> problems) {
        if (spec.min() != null && spec.max() != null && spec.min().isAfter(spec.max())) {
            problems.accept(new Phrase("answer.settings.dateRange", String.valueOf(spec.min()), String.valueOf(spec.max())));
        }
    }

    /** "Enter a date between 2024-01-01 and 2024-12-31." (ISO dates, as stored). */
    private static String range(LocalDate min, LocalDate max, Language language) {
        if (min != null && max != null) {
            return Messages.text(language, "answer.check.dateBetween", min.toString(), max.toString());
        }
        return min != null ? Messages.text(language, "answer.check.dateFrom", min.toString())
                : Messages.text(language, "answer.check.dateUntil", max.toString());
    }

    @Override
    public Worded kindName() {
        return new Phrase("answer.kind.date");
    }
}
