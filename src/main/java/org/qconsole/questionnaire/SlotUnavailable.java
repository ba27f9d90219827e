package org.qconsole.questionnaire;

/** A slot that cannot take answers right now: its plugin is missing or failed. The message is for users. */
public class SlotUnavailable extends RuntimeException {

    public SlotUnavailable(String message) {
        super(message);
    }
}
