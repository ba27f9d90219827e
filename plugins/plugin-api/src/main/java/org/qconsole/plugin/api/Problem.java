package org.qconsole.plugin.api;

/**
 * Something wrong with a configuration or an answer.
 *
 * @param field which part is wrong (e.g. {@code email}, {@code rows[2].name}); empty for the whole
 * @param message what is wrong and how to fix it, in English, for the person typing
 */
public record Problem(String field, String message) {

    public Problem {
        field = field == null ? "" : field;
        if (message == null || message.isBlank()) {
            throw new IllegalArgumentException("A problem needs a message");
        }
    }
}
