package org.qconsole.template;

import org.qconsole.model.Language;

/** How far a version is translated into one language: its texts with a translation, and those without. */
public record TranslationStatus(Language language, int translated, int missing, int outdated) {

    public boolean complete() {
        return missing == 0;
    }
}
