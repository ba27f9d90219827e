package org.qconsole.template.diff;

import java.util.ArrayList;
import java.util.List;
import org.qconsole.answer.AnswerKind;
import org.qconsole.answer.AnswerKinds;
import org.qconsole.common.Listed;
import org.qconsole.common.Messages;
import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;
import org.qconsole.model.Question;
import org.qconsole.model.RichText;

/**
 * A question's answer settings compared: the whole settings as JSON, the options of a choice, the checks
 * (formats, totals, comparisons) and a repeating group's questions in words of the reader's language.
 */
final class AnswerSettingsDiff {

    private final Language language;

    private AnswerSettingsDiff(Language language) {
        this.language = language;
    }

    /**
     * Adds {@code answer} when the settings differ and then {@code answer.options} when the options read
     * differently, so that a reader spots a reworded or added option without reading JSON.
     */
    static void compare(FieldDiff fields, AnswerSpec a, AnswerSpec b, Language language) {
        fields.json("answer", a, b);
        if (fields.has("answer")) {
            AnswerSettingsDiff words = new AnswerSettingsDiff(language);
            fields.plain("answer.options", words.options(a), words.options(b));
            fields.plain("answer.checks", words.checks(a), words.checks(b));
            fields.plain("answer.questions", words.repeated(a), words.repeated(b));
        }
    }

    /** The checks beyond the kind's own ("format: e-mail address; the numbers must total 100"); null for none. */
    private String checks(AnswerSpec answer) {
        return listed(AnswerKinds.of(answer).checks());
    }

    /**
     * A repeating group's questions ("title = Title (Short text, required); ended = Completed on (Date, when a
     * condition holds)"); {@code null} for other kinds.
     */
    private String repeated(AnswerSpec answer) {
        List<Question> repeated = AnswerKinds.of(answer).repeatedQuestions();
        return listed(repeated.stream().map(q -> {
            List<String> details = new ArrayList<>(List.of(AnswerKinds.of(q.answer()).kindName().in(language)));
            if (q.required()) {
                details.add(text("template.diff.required"));
            }
            if (q.visibleWhen() != null) {
                details.add(text("template.diff.conditional"));
            }
            return q.key() + " = " + RichText.toPlainText(q.text().in(language)) + details(details);
        }).toList());
    }

    /** An option's box as the comparison shows it: " (box: Please specify, whole number from 0, required)". */
    private String box(AnswerSpec.Specify specify) {
        if (specify == null) {
            return "";
        }
        List<String> details = new ArrayList<>(List.of(text("template.diff.box", specify.shownLabel().in(language))));
        AnswerSpec.NumberBox number = specify.number();
        if (number != null) {
            List<String> takes = new ArrayList<>(List.of(text(number.integer() ? "template.diff.wholeNumber"
                    : "template.diff.anyNumber")));
            if (number.min() != null) {
                takes.add(text("template.diff.from", number.min().toPlainString()));
            }
            if (number.max() != null) {
                takes.add(text("template.diff.upTo", number.max().toPlainString()));
            }
            if (number.unit() != null && !number.unit().isEmpty()) {
                takes.add(number.unit().in(language));
            }
            details.add(String.join(" ", takes));
        }
        if (specify.required()) {
            details.add(text("template.diff.required"));
        }
        return details(details);
    }

    /** The options of a choice ("email = Email; video = Video (chosen alone)"); {@code null} for other kinds. */
    private String options(AnswerSpec answer) {
        AnswerKind kind = AnswerKinds.of(answer);
        if (!kind.selectable()) {
            return null;
        }
        return listed(kind.options().stream()
                .map(o -> o.value() + " = " + (o.label() == null ? "" : o.label().in(language))
                        + (o.exclusive() ? details(List.of(text("template.diff.chosenAlone"))) : "") + box(o.specify()))
                .toList());
    }

    private String details(List<String> parts) {
        return text("template.diff.details", new Listed("template.diff.partSeparator", parts));
    }

    /** The parts one after the other, {@code null} for none. */
    private String listed(List<?> parts) {
        return parts.isEmpty() ? null : new Listed("template.diff.listSeparator", parts).in(language);
    }

    private String text(String key, Object... arguments) {
        return Messages.text(language, key, arguments);
    }
}
