package org.qconsole.template.translation;

import org.qconsole.common.Phrase;
import org.qconsole.common.Refusal;

/** A translation file that cannot be used at all; the reason is for the secretariat, in the page's language. */
public class TranslationFileException extends Refusal {

    private final transient Phrase phrase;

    private TranslationFileException(Phrase reason) {
        super(reason, null);
        this.phrase = reason;
    }

    /** A reason from the messages ({@code template.translation.file.*}). */
    static TranslationFileException because(String key, Object... arguments) {
        return new TranslationFileException(new Phrase(key, arguments));
    }

    /** The reason, to be given on by a refusal of the service that read the file. */
    public Phrase phrase() {
        return phrase;
    }
}
