package org.qconsole.common;

import org.qconsole.model.Language;

/** The name of one of the six languages in the language of the text around it: "French", "français", "法文". */
public record LanguageName(Language named) implements Worded {

    @Override
    public String in(Language language) {
        return Messages.text(language, "common.language." + named.code());
    }
}
