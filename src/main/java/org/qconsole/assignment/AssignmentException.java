package org.qconsole.assignment;

import java.util.Locale;
import org.qconsole.common.Messages;
import org.qconsole.model.Language;

/**
 * A request about campaigns that cannot be carried out, with the reason in the user's words. A reason
 * given by its message key ({@link #because}) is worded in whichever language the page that shows it
 * speaks ({@link #reason}); its message, for logs and the API, is the English text.
 */
public class AssignmentException extends RuntimeException {

    private static final Object[] NONE = {};

    private final String key;
    private final transient Object[] arguments;

    /** A reason worded by the code that refuses (English only). */
    public AssignmentException(String message) {
        super(message);
        this.key = null;
        this.arguments = NONE;
    }

    private AssignmentException(String key, Object[] arguments) {
        super(Messages.text(Language.EN, key, arguments));
        this.key = key;
        this.arguments = arguments.clone();
    }

    /**
     * A reason from the messages; a status, {@code Phrase} or {@code Listed} among the arguments is worded in the
     * reason's language ("submitted", "soumis").
     */
    public static AssignmentException because(String key, Object... arguments) {
        return new AssignmentException(key, arguments);
    }

    /** The reason in {@code language}; a reason worded by the code as it was given. */
    public String reason(Language language) {
        return key == null ? getMessage() : Messages.text(language, key, arguments);
    }

    /** The reason in the language of a page ({@code getLocale()} of a view). */
    public String reason(Locale locale) {
        return reason(Language.of(locale));
    }
}
