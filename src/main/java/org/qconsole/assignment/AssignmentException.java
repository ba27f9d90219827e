package org.qconsole.assignment;

import org.qconsole.common.Phrase;
import org.qconsole.common.Refusal;

/**
 * A request about campaigns that cannot be carried out, with the reason in the user's words; one given by its
 * message key ({@link #because}) is worded in the language of the page that shows it.
 */
public class AssignmentException extends Refusal {

    private AssignmentException(Phrase reason) {
        super(reason, null);
    }

    /**
     * A reason from the messages; a status, {@code Phrase} or {@code Listed} among the arguments is worded in the
     * reason's language ("submitted", "soumis").
     */
    public static AssignmentException because(String key, Object... arguments) {
        return new AssignmentException(new Phrase(key, arguments));
    }
}
