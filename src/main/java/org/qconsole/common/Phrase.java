package org.qconsole.common;

import org.qconsole.model.Language;

/** A text of the messages with its arguments, worded when the text around it is: e.g. what a scanner found. */
public record Phrase(String key, Object... arguments) implements Worded {

    @Override
    public String in(Language language) {
        return Messages.text(language, key, arguments);
    }
}
