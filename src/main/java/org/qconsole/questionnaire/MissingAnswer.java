package org.qconsole.questionnaire;

import org.qconsole.common.Worded;

/**
 * A required question without an answer, named so the user can go to it.
 *
 * @param text what the question asks, worded in the language the questionnaire is read in
 */
public record MissingAnswer(String questionKey, String number, Worded text) {
}
