package org.qconsole.template.translation;

/** A translation file that cannot be used at all; the message is for the secretariat. */
public class TranslationFileException extends RuntimeException {

    public TranslationFileException(String message) {
        super(message);
    }
}
