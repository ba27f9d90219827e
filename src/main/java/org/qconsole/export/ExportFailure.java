package org.qconsole.export;

import java.io.IOException;
import org.qconsole.common.Messages;
import org.qconsole.model.Language;

/**
 * An export that cannot go on, and what its user is told: a folder that cannot be written or a full disk is
 * the administrator's to fix; nothing is lost, and no partial file is offered.
 */
public final class ExportFailure extends RuntimeException {

    static final String CANNOT_START = "export.failure.cannotStart";
    static final String DISK_FULL = "export.failure.diskFull";
    static final String FAILED = "export.failure.failed";

    private final String key;

    /** @param key the message of what the user is told ({@code export.failure.*}) */
    ExportFailure(String key, Throwable cause) {
        super(Messages.text(Language.EN, key), cause);
        this.key = key;
    }

    /** What the user is told, in their language. */
    public String reason(Language language) {
        return Messages.text(language, key);
    }

    /** The message for the user about an export that failed while it was made or written, in their language. */
    public static String explain(Throwable failure, Language language) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ExportFailure known) {
                return known.reason(language);
            }
            if (cause instanceof IOException && String.valueOf(cause.getMessage()).contains("No space left")) {
                return Messages.text(language, DISK_FULL);
            }
        }
        return Messages.text(language, FAILED);
    }
}
