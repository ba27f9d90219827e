package org.qconsole.answer;

import org.qconsole.common.Phrase;
import org.qconsole.common.Refusal;

/**
 * A file the console did not keep, with the reason in words for the respondent (the limit it passed, the
 * type it has, what the scan found, the connection that broke). Nothing of the file is stored. A reason given by
 * its message key ({@link #because}) is worded in the language of the form that shows it.
 */
public class DocumentRefused extends Refusal {

    /** A reason already worded (in the form's language by the code that refuses). */
    public DocumentRefused(String message) {
        super(message, null);
    }

    private DocumentRefused(Phrase reason, Throwable cause) {
        super(reason, cause);
    }

    /** A reason from the messages; a {@code Phrase} among the arguments is worded in the same language. */
    public static DocumentRefused because(String key, Object... arguments) {
        return new DocumentRefused(new Phrase(key, arguments), null);
    }

    /** As {@link #because(String, Object...)}, for a refusal caused by a failure. */
    public static DocumentRefused because(Throwable cause, String key, Object... arguments) {
        return new DocumentRefused(new Phrase(key, arguments), cause);
    }
}
