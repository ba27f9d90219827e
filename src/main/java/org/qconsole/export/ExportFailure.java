package org.qconsole.export;

import java.io.IOException;

/**
 * An export that cannot go on, and what its user is told: a folder that cannot be written or a full disk is
 * the administrator's to fix; nothing is lost, and no partial file is offered.
 */
public final class ExportFailure extends RuntimeException {

    static final String CANNOT_START = "The export cannot start: the server cannot write its temporary files."
            + " Nothing was lost. Please tell the administrator.";
    static final String DISK_FULL = "The export stopped: the server's disk is full. Nothing was lost, and no"
            + " partial file is offered. Please tell the administrator.";
    static final String FAILED = "The export failed; nothing was lost. Try again, or tell the administrator if it"
            + " fails again.";

    ExportFailure(String message, Throwable cause) {
        super(message, cause);
    }

    /** The message for the user about an export that failed while it was made or written. */
    public static String explain(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ExportFailure known) {
                return known.getMessage();
            }
            if (cause instanceof IOException && String.valueOf(cause.getMessage()).contains("No space left")) {
                return DISK_FULL;
            }
        }
        return FAILED;
    }
}
