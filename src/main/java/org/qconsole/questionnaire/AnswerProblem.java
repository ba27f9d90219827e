package org.qconsole.questionnaire;

import org.qconsole.common.Worded;

/**
 * A given answer that fails a check reading other answers ("of which" above the total), named so the user can
 * go to it; what it asks and what is wrong are worded in the language the questionnaire is read in.
 */
public record AnswerProblem(String questionKey, String number, Worded text, Worded problem) {
}
