package org.qconsole.answer;

import org.qconsole.model.AnswerSpec;

/**
 * Brings a kind of answer that is not one of the console's own ({@link AnswerSpec.Custom}). Listed in
 * {@code META-INF/services/org.qconsole.answer.AnswerKindProvider}; its settings are read from template
 * JSON under {@link #jsonName()}. Its fill-in field comes from an {@code answer.ui.AnswerInputProvider}.
 */
public interface AnswerKindProvider {

    /** The value of {@code "kind"} in template JSON. */
    String jsonName();

    /** The settings record, read from and written to JSON by Jackson. */
    Class<? extends AnswerSpec.Custom> specType();

    /** The kind bound to settings of {@link #specType()}. */
    AnswerKind kind(AnswerSpec.Custom spec);
}
