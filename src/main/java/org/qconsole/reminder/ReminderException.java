package org.qconsole.reminder;

import org.qconsole.common.Phrase;
import org.qconsole.common.Refusal;

/** A reminder request or setting the console refuses, with the reason worded in the language of the page. */
public class ReminderException extends Refusal {

    private ReminderException(Phrase reason) {
        super(reason, null);
    }

    /** A reason from the messages ({@code reminder.refused.*}). */
    public static ReminderException because(String key, Object... arguments) {
        return new ReminderException(new Phrase(key, arguments));
    }
}
