package org.qconsole.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The format a short text must have: {@code email}, {@code url} (http or https), {@code phone}, or a
 * {@code pattern} (a regular expression the whole answer must match); {@code message} is what the
 * respondent reads when the answer does not fit (required for a pattern; the others have their own).
 */
public record TextFormat(FormatType type, @JsonInclude(JsonInclude.Include.NON_NULL) String pattern,
        @JsonInclude(JsonInclude.Include.NON_NULL) LocalizedText message) {
}
