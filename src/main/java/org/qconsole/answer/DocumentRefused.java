package org.qconsole.answer;

import org.qconsole.common.Messages;
import org.qconsole.model.Language;

/**
 * A file the console did not keep, with the reason in words for the respondent (the limit it passed, the
 * type it has, what the scan found, the connection that broke). Nothing of the file is stored. A reason given by
 * its message key ({@link #because}) is worded in the language of the form that shows it ({@link #reason}); its
 * message, for logs and the API, is the English text.
 */
public class DocumentRefused extends RuntimeException {

    private static final Object[] NONE = {};

    private final String key;
    private final transient Object[] arguments;

    /** A reason already worded (in the form's language by the code that refuses). */
    public DocumentRefused(String message) {
        super(message);
        this.key = null;
        this.arguments = NONE;
    }

    private DocumentRefused(Throwable cause, String key, Object[] arguments) {
        super(Messages.text(Language.EN, key, arguments), cause);
        this.key = key;
        this.arguments = arguments.clone();
    }

    /** A reason from the messages; a {@code Phrase} among the arguments is worded in the same language. */
    public static DocumentRefused because(String key, Object... arguments) {
        return new DocumentRefused(null, key, arguments);
    }

    /** As {@link #because(String, Object...)}, for a refusal caused by a failure. */
    public static DocumentRefused because(Throwable cause, String key, Object... arguments) {
        return new DocumentRefused(cause, key, arguments);
    }

    /** The reason in {@code language}; a reason already worded as it was given. */
    public String reason(Language language) {
        return key == null ? getMessage() : Messages.text(language, key, arguments);
    }
}
