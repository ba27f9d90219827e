package org.qconsole.common;

import java.util.Locale;
import org.qconsole.model.Language;

/**
 * A request that cannot be carried out, with the reason in the user's words. A reason given as a {@link Phrase} is
 * worded in whichever language the page that shows it speaks ({@link #reason}); the message, for logs and the
 * API, is the English text. A reason given as a message was worded by the code that refused, and stays as it is.
 */
public abstract class Refusal extends RuntimeException {

    private final transient Phrase reason;

    /** A reason already worded by the code that refuses. */
    protected Refusal(String message, Throwable cause) {
        super(message, cause);
        this.reason = null;
    }

    /** A reason from the messages, worded when it is shown. */
    protected Refusal(Phrase reason, Throwable cause) {
        super(reason.in(Language.EN), cause);
        this.reason = reason;
    }

    /** The reason in {@code language}; a reason worded by the code as it was given. */
    public String reason(Language language) {
        return reason == null ? getMessage() : reason.in(language);
    }

    /** The reason in the language of a page ({@code getLocale()} of a view). */
    public String reason(Locale locale) {
        return reason(Language.of(locale));
    }
}
