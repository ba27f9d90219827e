package org.qconsole.questionnaire;

/** A required question without an answer, named so the user can go to it. */
public record MissingAnswer(String questionKey, String number, String text) {
}
