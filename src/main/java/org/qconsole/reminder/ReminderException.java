package org.qconsole.reminder;

/** A reminder request or setting the console refuses, with the reason in words. */
public class ReminderException extends RuntimeException {

    public ReminderException(String message) {
        super(message);
    }
}
