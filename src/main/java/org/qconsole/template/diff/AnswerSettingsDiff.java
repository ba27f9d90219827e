package org.qconsole.template.diff;

import java.util.List;
import java.util.stream.Collectors;
import org.qconsole.answer.AnswerKind;
import org.qconsole.answer.AnswerKinds;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Question;
import org.qconsole.model.RichText;

/**
 * A question's answer settings compared: the whole settings as JSON, the options of a choice, the checks
 * (formats, totals, comparisons) and a repeating group's questions in words.
 */
final class AnswerSettingsDiff {

    private AnswerSettingsDiff() {
    }

    /**
     * Adds {@code answer} when the settings differ and then {@code answer.options} when the options read
     * differently, so that a reader spots a reworded or added option without reading JSON.
     */
    static void compare(FieldDiff fields, AnswerSpec a, AnswerSpec b) {
        fields.json("answer", a, b);
        if (fields.has("answer")) {
            fields.plain("answer.options", options(a), options(b));
            fields.plain("answer.checks", checks(a), checks(b));
            fields.plain("answer.questions", repeated(a), repeated(b));
        }
    }

    /** The checks beyond the kind's own ("format: e-mail address; the numbers must total 100"); null for none. */
    private static String checks(AnswerSpec answer) {
        List<String> checks = AnswerKinds.of(answer).checks();
        return checks.isEmpty() ? null : String.join("; ", checks);
    }

    /**
     * A repeating group's questions, readable ("title = Title (Short text, required); ended = Completed on
     * (Date, when a condition holds)"); {@code null} for other kinds.
     */
    private static String repeated(AnswerSpec answer) {
        List<Question> repeated = AnswerKinds.of(answer).repeatedQuestions();
        if (repeated.isEmpty()) {
            return null;
        }
        return repeated.stream().map(q -> q.key() + " = " + RichText.toPlainText(q.text().english())
                + " (" + q.answer().kindName() + (q.required() ? ", required" : "")
                + (q.visibleWhen() != null ? ", when a condition holds" : "") + ")").collect(Collectors.joining("; "));
    }

    /** An option's box as the comparison shows it: " (box: Please specify, required)". */
    private static String box(AnswerSpec.Specify specify) {
        if (specify == null) {
            return "";
        }
        AnswerSpec.NumberBox number = specify.number();
        String takes = number == null ? "" : ", " + (number.integer() ? "whole number" : "number")
                + (number.min() == null ? "" : " from " + number.min().toPlainString())
                + (number.max() == null ? "" : " up to " + number.max().toPlainString())
                + (number.unit() == null || number.unit().isEmpty() ? "" : " " + number.unit().english());
        return " (box: " + specify.shownLabel().english() + takes + (specify.required() ? ", required" : "") + ")";
    }

    /** The options of a choice, readable ("email = Email; video = Video"); {@code null} for other kinds. */
    private static String options(AnswerSpec answer) {
        AnswerKind kind = AnswerKinds.of(answer);
        if (!kind.selectable()) {
            return null;
        }
        return kind.options().stream()
                .map(o -> o.value() + " = " + (o.label() == null ? "" : o.label().english())
                        + (o.exclusive() ? " (chosen alone)" : "") + box(o.specify()))
                .collect(Collectors.joining("; "));
    }
}
