package org.qconsole.response;

import java.util.List;
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
        super(message(missing.size(), problems.size()));
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

    private static String message(int missing, int problems) {
        String unanswered = missing + (missing == 1 ? " required question is" : " required questions are")
                + " not answered yet.";
        String toCorrect = problems + (problems == 1 ? " answer needs" : " answers need") + " correcting.";
        if (problems == 0) {
            return unanswered;
        }
        return missing == 0 ? toCorrect : unanswered + " " + toCorrect;
    }
}
