package org.qconsole.answer;

/**
 * A file the console did not keep, with the reason in words for the respondent (the limit it passed, the
 * type it has, what the scan found, the connection that broke). Nothing of the file is stored.
 */
public class DocumentRefused extends RuntimeException {

    public DocumentRefused(String message) {
        super(message);
    }

    public DocumentRefused(String message, Throwable cause) {
        super(message, cause);
    }
}
