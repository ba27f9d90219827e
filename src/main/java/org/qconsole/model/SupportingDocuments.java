package org.qconsole.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Files a respondent may attach beside any question's answer ("attach the law you cite"): at most
 * {@code maxFiles} (default as for a documents question). In JSON {@code "supportingDocuments": {"maxFiles": 5}}
 * on a question. They are stored as the answer of the question's {@link Question#documentsKey()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SupportingDocuments(Integer maxFiles) {

    /** The documents answer the files are kept in. */
    public AnswerSpec.Documents asAnswer() {
        return new AnswerSpec.Documents(maxFiles, true);
    }
}
