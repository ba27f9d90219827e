package org.qconsole.answer;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.qconsole.common.Messages;
import org.qconsole.model.RichText;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.CompareWith;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.Language;
import org.qconsole.common.Worded;
import org.qconsole.common.Phrase;

/** A number, whole or decimal, between optional bounds, with an optional unit. */
record NumberKind(AnswerSpec.NumberAnswer spec) implements AnswerKind {

    @Override
    public Optional<String> problem(JsonNode value) {
        return problem(value, Language.EN);
    }

    @Override
    public Optional<String> problem(JsonNode value, Language language) {
        if (!isFinite(value)) {
            return Optional.of(Messages.text(language, "answer.check.number"));
        }
        BigDecimal number = value.decimalValue();
        if (spec.integer() && number.stripTrailingZeros().scale() > 0) {
            return Optional.of(Messages.text(language, "answer.check.wholeNumber"));
        }
        if ((spec.min() != null && number.compareTo(spec.min()) < 0)
                || (spec.max() != null && number.compareTo(spec.max()) > 0)) {
            return Optional.of(range(plain(spec.min()), plain(spec.max()), language));
        }
        return Optional.empty();
    }

    @Override
    public String text(JsonNode value, Language language) {
        if (!value.isNumber()) {
            return Words.asStored(value);
        }
        return plain(value.decimalValue()) + (hasUnit() ? " " + spec.unit().in(language) : "");
    }

    @Override
    public List<ExportColumn> exportColumns(Language language) {
        return List.of(ExportColumn.whole(value -> value.isNumber() ? new CellValue.Number(value.decimalValue())
                : CellValue.text(Words.asStored(value))));
    }

    @Override
    public String blankHtml(Language language) {
        String line = "<span class=\"line\"></span>" + (hasUnit() ? " " + RichText.escape(spec.unit().in(language))
                : "");
        CompareWith compare = spec.compareWith();
        return compare == null || compare.message() == null || compare.message().isEmpty() ? line
                : line + "<div class=\"note\">" + RichText.escape(compare.message().in(language)) + "</div>";
    }

    @Override
    public List<Worded> checks() {
        CompareWith compare = spec.compareWith();
        if (compare == null) {
            return List.of();
        }
        Worded relation = compare.operator() == null ? new Phrase("answer.checkWords.comparedWith")
                : new Phrase(compare.operator().messageKey());
        LocalizedText message = compare.message();
        return List.of(message == null || message.isEmpty()
                ? new Phrase("answer.checkWords.compare", relation, compare.question())
                : language -> Messages.text(language, "answer.checkWords.compareSaying", relation, compare.question(),
                        message.in(language)));
    }

    @Override
    public void checkSettings(Consumer<Worded> problems) {
        if (spec.min() != null && spec.max() != null && spec.min().compareTo(spec.max()) > 0) {
            problems.accept(new Phrase("answer.settings.numberRange", String.valueOf(spec.min()),
                    String.valueOf(spec.max())));
        }
        if (spec.integer() && (hasDecimals(spec.min()) || hasDecimals(spec.max()))) {
            problems.accept(new Phrase("answer.settings.decimalBound"));
        }
        CompareWith compare = spec.compareWith();
        if (compare != null) {
            if (compare.operator() == null) {
                problems.accept(new Phrase("answer.settings.noOperator"));
            }
            if (compare.message() != null && !compare.message().isEmpty() && compare.message().english().isBlank()) {
                problems.accept(new Phrase("answer.settings.compareMessage"));
            }
        }
    }

    @Override
    public boolean comparable() {
        return true;
    }

    /** A number JSON can hold: NaN and infinities are doubles, but neither numbers in JSON nor decimals. */
    static boolean isFinite(JsonNode value) {
        return value.isNumber() && !((value.isDouble() || value.isFloat()) && !Double.isFinite(value.doubleValue()));
    }

    /** A number in plain notation, without trailing zeros. */
    static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    private boolean hasUnit() {
        return spec.unit() != null && !spec.unit().isEmpty();
    }

    private static boolean hasDecimals(BigDecimal value) {
        return value != null && value.stripTrailingZeros().scale() > 0;
    }

    /** "Enter a number from 1 to 10." (the bounds in plain digits, as written in the settings). */
    private static String range(String min, String max, Language language) {
        if (min != null && max != null) {
            return Messages.text(language, "answer.check.numberFromTo", min, max);
        }
        return min != null ? Messages.text(language, "answer.check.numberAtLeast", min)
                : Messages.text(language, "answer.check.numberAtMost", max);
    }

    @Override
    public Worded kindName() {
        return new Phrase("answer.kind.number");
    }
}
