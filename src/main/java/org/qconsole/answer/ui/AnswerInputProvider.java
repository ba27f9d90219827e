package org.qconsole.answer.ui;

import org.qconsole.model.AnswerSpec;
import org.qconsole.model.Language;

/**
 * The fill-in field of a kind of answer that is not one of the console's own (see
 * {@code org.qconsole.answer.AnswerKindProvider}), listed in
 * {@code META-INF/services/org.qconsole.answer.ui.AnswerInputProvider}.
 */
public interface AnswerInputProvider {

    /** The settings record this provider makes fields for. */
    Class<? extends AnswerSpec.Custom> specType();

    /**
     * The field, with {@code id} on its input; {@code onChange} is called after each change the respondent
     * makes.
     */
    AnswerField create(String id, AnswerSpec.Custom spec, Language language, Runnable onChange);
}
