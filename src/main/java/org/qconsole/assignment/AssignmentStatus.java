package org.qconsole.assignment;

import org.qconsole.common.Status;

/** Where a country's response stands. */
public enum AssignmentStatus implements Status {
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
    @Override
    public String messageKey() {
        return "assignment.status." + name();
    }

    /** The secretariat still waits for the country's response. */
    public boolean isAwaited() {
        return this == NOT_STARTED || this == IN_PROGRESS || this == RETURNED;
    }

    public String dbValue() {
        return name().toLowerCase();
    }

    public static AssignmentStatus fromDb(String value) {
        return valueOf(value.toUpperCase());
    }
}
