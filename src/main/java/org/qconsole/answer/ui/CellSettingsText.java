package org.qconsole.answer.ui;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.qconsole.model.AnswerSpecParts.NumberBox;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;

/**
 * The designer's words for a column's cell settings, after its type: a number column's {@code whole},
 * bounds {@code 0..100} (either side may be left out) and unit ({@code %}), e.g. {@code whole 0..100 %}, and
 * {@code total} for the sum under its cells; a text column's maximum length, e.g. {@code 200}.
 */
final class CellSettingsText {

    private static final Pattern BOUNDS = Pattern.compile("(-?\\d+(?:\\.\\d+)?)?\\.\\.(-?\\d+(?:\\.\\d+)?)?");
    private static final String WHOLE = "whole";
    /** The word that gives a number column its total under the cells. */
    static final String TOTAL = "total";

    /** What the words gave: number settings or a maximum length (or neither), whether totalled, or a problem. */
    record Parsed(NumberBox number, Integer maxLength, String problem, boolean total) {
        Parsed(NumberBox number, Integer maxLength, String problem) {
            this(number, maxLength, problem, false);
        }
    }

    private CellSettingsText() {
    }

    static String number(NumberBox box) {
        if (box == null) {
            return "";
        }
        List<String> words = new ArrayList<>();
        if (box.integer()) {
            words.add(WHOLE);
        }
        if (box.min() != null || box.max() != null) {
            words.add(plain(box.min()) + ".." + plain(box.max()));
        }
        if (box.unit() != null && !box.unit().english().isBlank()) {
            words.add(box.unit().english());
        }
        return String.join(" ", words);
    }

    /** A number column's settings from its words; the unit keeps its other languages from {@code previous}. */
    static Parsed parseNumber(String text, NumberBox previous) {
        boolean whole = false;
        BigDecimal min = null;
        BigDecimal max = null;
        List<String> unit = new ArrayList<>();
        boolean total = false;
        for (String word : text.strip().split("\\s+")) {
            Matcher bounds = BOUNDS.matcher(word);
            if (word.isEmpty()) {
                continue;
            } else if (word.equalsIgnoreCase(TOTAL)) {
                total = true;
            } else if (word.equalsIgnoreCase(WHOLE) && unit.isEmpty()) {
                whole = true;
            } else if (bounds.matches() && unit.isEmpty() && (bounds.group(1) != null || bounds.group(2) != null)) {
                min = bounds.group(1) == null ? null : new BigDecimal(bounds.group(1));
                max = bounds.group(2) == null ? null : new BigDecimal(bounds.group(2));
            } else {
                unit.add(word);
            }
        }
        if (!whole && min == null && max == null && unit.isEmpty()) {
            return new Parsed(null, null, null, total);
        }
        LocalizedText oldUnit = previous == null ? null : previous.unit();
        LocalizedText newUnit = unit.isEmpty() ? null : oldUnit == null ? LocalizedText.en(String.join(" ", unit))
                : oldUnit.with(Language.EN, String.join(" ", unit));
        return new Parsed(new NumberBox(whole, min, max, newUnit), null, null, total);
    }

    /** A text column's maximum length from its words. */
    static Parsed parseText(String text) {
        String words = text.strip();
        if (words.isEmpty()) {
            return new Parsed(null, null, null);
        }
        try {
            return new Parsed(null, Integer.valueOf(words), null);
        } catch (NumberFormatException e) {
            return new Parsed(null, null, DesignerWords.translate("answer.columns.textLength"));
        }
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }
}
