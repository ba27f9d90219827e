package org.qconsole.response;

import java.util.List;
import org.qconsole.common.Messages;
import org.qconsole.model.Language;
import org.qconsole.questionnaire.AnswerProblem;
import org.qconsole.questionnaire.MissingAnswer;

/**
 * The focal point tried to submit with required questions unanswered, or answers that fail a check reading
 * other answers ("of which" above the total): every one of them is listed.
 */
public class SubmissionRefused extends RuntimeException {

    private final List<MissingAnswer> missing;
    private final List<AnswerProblem> problems;

    public SubmissionRefused(List<MissingAnswer> missing) {
        this(missing, List.of());
    }

    public SubmissionRefused(List<MissingAnswer> missing, List<AnswerProblem> problems) {
        super(message(missing.size(), problems.size(), Language.EN));
        this.missing = List.copyOf(missing);
        this.problems = List.copyOf(problems);
    }

    public List<MissingAnswer> missing() {
        return missing;
    }

    /** The answers to correct, each with what is wrong with it. */
    public List<AnswerProblem> problems() {
        return problems;
    }

    /** What stands in the way, in {@code language}: how many questions are unanswered, how many answers wrong. */
    public String reason(Language language) {
        return message(missing.size(), problems.size(), language);
    }

    private static String message(int missing, int problems, Language language) {
        String unanswered = Messages.text(language, "response.submitRefused.unanswered", missing);
        String toCorrect = Messages.text(language, "response.submitRefused.toCorrect", problems);
        if (problems == 0) {
            return unanswered;
        }
        return missing == 0 ? toCorrect : unanswered + " " + toCorrect;
    }
}
