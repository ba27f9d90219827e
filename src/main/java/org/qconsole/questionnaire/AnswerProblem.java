package org.qconsole.questionnaire;

/** A given answer that fails a check reading other answers ("of which" above the total), named so the user can go to it. */
public record AnswerProblem(String questionKey, String number, String text, String problem) {
}
