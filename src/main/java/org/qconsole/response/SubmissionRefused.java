package org.qconsole.response;

import java.util.List;
import org.qconsole.questionnaire.MissingAnswer;

/** The focal point tried to submit with required questions unanswered: every one of them is listed. */
public class SubmissionRefused extends RuntimeException {

    private final List<MissingAnswer> missing;

    public SubmissionRefused(List<MissingAnswer> missing) {
        super(missing.size() + (missing.size() == 1 ? " required question is" : " required questions are")
                + " not answered yet.");
        this.missing = List.copyOf(missing);
    }

    public List<MissingAnswer> missing() {
        return missing;
    }
}
