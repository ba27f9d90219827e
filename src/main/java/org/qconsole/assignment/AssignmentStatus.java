package org.qconsole.assignment;

import java.util.Locale;
import org.qconsole.common.Messages;
import org.qconsole.common.Worded;
import org.qconsole.model.Language;

/** Where a country's response stands. */
public enum AssignmentStatus implements Worded {
    NOT_STARTED("Not started"), IN_PROGRESS("In progress"), SUBMITTED("Submitted"), RETURNED("Returned"),
    ACCEPTED("Accepted"), WITHDRAWN("Withdrawn");

    private final String label;

    AssignmentStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The key of its label in the console's messages (the label above is the English one, for files). */
    public String messageKey() {
        return "assignment.status." + name();
    }

    /** The secretariat still waits for the country's response. */
    public boolean isAwaited() {
        return this == NOT_STARTED || this == IN_PROGRESS || this == RETURNED;
    }

    /** Its label in lower case, as it reads inside a sentence ("is submitted", "est soumis"). */
    @Override
    public String in(Language language) {
        return Messages.text(language, messageKey()).toLowerCase(Locale.forLanguageTag(language.code()));
    }

    public String dbValue() {
        return name().toLowerCase();
    }

    public static AssignmentStatus fromDb(String value) {
        return valueOf(value.toUpperCase());
    }
}
