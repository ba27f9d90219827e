package org.qconsole.reminder;

import org.qconsole.common.Messages;
import org.qconsole.model.Language;

/**
 * What a reminder says in one language: its subject and text, with the {@link ReminderSettings#PLACEHOLDERS}.
 * The console has its own wording in each of the six languages; the secretariat may write its own instead.
 */
public record ReminderText(Language language, String subject, String body) {

    /**
     * The console's own wording in {@code language}. Its messages write the placeholders as {@code {0}} to {@code {6}},
     * in the order of {@link ReminderSettings#PLACEHOLDERS}, which keeps them checked like any other message's.
     */
    public static ReminderText consoles(Language language) {
        Object[] placeholders = ReminderSettings.PLACEHOLDERS.toArray();
        return new ReminderText(language, Messages.text(language, "reminder.default.subject", placeholders),
                Messages.text(language, "reminder.default.body", placeholders));
    }

    /** Whether this is the console's own wording, which follows the console's messages when they change. */
    public boolean isConsoles() {
        return equals(consoles(language));
    }
}
