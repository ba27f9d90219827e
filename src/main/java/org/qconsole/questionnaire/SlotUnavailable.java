package org.qconsole.questionnaire;

/**
 * A slot that cannot take answers right now: its plugin is missing or failed. The message is for the log; the
 * user is told in their language by the service that catches it.
 */
public class SlotUnavailable extends RuntimeException {

    public SlotUnavailable(String message) {
        super(message);
    }
}
