package org.qconsole.reminder;

import java.time.Instant;

/**
 * One reminder as logged.
 *
 * @param kind why: "due in 3 days", "overdue", "sent by hand"
 * @param status "sent", "no recipient" (no focal point with an e-mail address is known) or "failed"
 */
public record ReminderLogEntry(Instant at, long assignmentId, String country, String kind, String recipients,
        String status, String detail, String sentBy) {
}
