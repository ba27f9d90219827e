package org.qconsole.answer;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Consumer;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;

/** A date, stored as ISO 8601 ({@code "2024-03-31"}), between optional bounds. */
record DateKind(AnswerSpec.DateAnswer spec) implements AnswerKind {

    @Override
    public Optional<String> problem(JsonNode value) {
        LocalDate date = parse(value);
        if (date == null) {
            return Optional.of("Enter a date as year-month-day, e.g. 2024-03-31.");
        }
        if (date.getYear() < 1 || date.getYear() > 9999) {
            return Optional.of("Enter a year from 1 to 9999.");
        }
        if ((spec.min() != null && date.isBefore(spec.min())) || (spec.max() != null && date.isAfter(spec.max()))) {
            return Optional.of("Enter a date " + range(spec.min(), spec.max()) + ".");
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
    public void checkSettings(Consumer<String> problems) {
        if (spec.min() != null && spec.max() != null && spec.min().isAfter(spec.max())) {
            problems.accept("has an earliest date (" + spec.min() + ") after its latest date (" + spec.max() + ")");
        }
    }

    private static String range(LocalDate min, LocalDate max) {
        if (min != null && max != null) {
            return "between " + min + " and " + max;
        }
        return min != null ? "on or after " + min : "on or before " + max;
    }
}
