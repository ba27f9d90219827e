package org.qconsole.reminder;

import java.time.Instant;

/**
 * One reminder as logged.
 *
 * @param kind why: "due in 3 days", "overdue", "sent by hand"
 * @param status "sent", "logged" (no SMTP server configured), "no recipient" (no focal point with an e-mail address
 *     is known), "failed" (to at least one of them; the detail says which and why) or "sending"
 */
public record ReminderLogEntry(Instant at, long assignmentId, String country, String kind, String recipients,
        String status, String detail, String sentBy) {
}
