package org.qconsole.assignment;

/** A request about campaigns that cannot be carried out, with the reason in the user's words. */
public class AssignmentException extends RuntimeException {

    public AssignmentException(String message) {
        super(message);
    }
}
