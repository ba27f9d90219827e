package org.qconsole.questionnaire;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import org.qconsole.answer.AnswerKind;
import org.qconsole.answer.AnswerKinds;
import org.qconsole.common.Messages;
import org.qconsole.model.Language;
import org.qconsole.model.LocalizedText;
import org.qconsole.model.Question;
import org.qconsole.model.RichText;
import org.qconsole.model.Section;
import org.qconsole.model.Visibility;

/**
 * A question: its answer kind knows its values. Hidden questions neither count nor block. The label is
 * made plain once (a published questionnaire is cached): each save's completion names missing answers.
 */
public record QuestionSlot(Section section, Question question, AnswerKind kind, String label) implements AnswerSlot {

    QuestionSlot(Section section, Question question) {
        this(section, question, AnswerKinds.of(question.answer()), plain(question.text()));
    }

    @Override
    public String key() {
        return question.key();
    }

    @Override
    public String label(Language language) {
        return question.text() == null ? "" : RichText.toPlainText(question.text().in(language));
    }

    @Override
    public String number() {
        return question.number();
    }

    @Override
    public Optional<String> problem(JsonNode value) {
        return AnswerKinds.isEmpty(value) ? Optional.empty() : kind.problem(value);
    }

    @Override
    public Optional<String> problem(JsonNode value, Language language) {
        return AnswerKinds.isEmpty(value) ? Optional.empty() : kind.problem(value, language);
    }

    @Override
    public SlotCompletion completion(JsonNode value, Visibility visibility) {
        if (!visibility.isShown(key()) || !question.isRequired(visibility.shownAnswers())) {
            return SlotCompletion.NOTHING_REQUIRED;
        }
        if (!AnswerKinds.isEmpty(value) && kind.isAnswered(value)) {
            return SlotCompletion.done(1, 1);
        }
        return SlotCompletion.missing(0, 1, new MissingAnswer(key(), number(), this::label));
    }

    @Override
    public String text(JsonNode value, Language language) {
        return AnswerKinds.isEmpty(value) ? "" : kind.text(value, language);
    }

    @Override
    public List<AnswerColumn> columns(Language language) {
        String text = label(language);
        return kind.exportColumns(language).stream().map(c -> new AnswerColumn(
                c.keySuffix().isEmpty() ? key() : key() + "." + c.keySuffix(), number(),
                c.header().isEmpty() ? text : text + ": " + c.header(), key(), c.cell())).toList();
    }

    @Override
    public String html(JsonNode value, boolean blank, Language language) {
        if (blank) {
            return kind.blankHtml(language);
        }
        String text = text(value, language);
        return text.isEmpty() ? "<span class=\"note\">" + Messages.text(language, "form.print.notAnswered") + "</span>"
                : RichText.escape(text).replace("\n", "<br/>");
    }

    @Override
    public Optional<Integer> answerFormat() {
        return Optional.empty();
    }

    static String plain(LocalizedText text) {
        return text == null ? "" : RichText.toPlainText(text.english());
    }
}
