package org.qconsole.assignment;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.qconsole.country.MemberState;

/** One member State's copy of a campaign: its own deadline and status. */
public record Assignment(long id, long campaignId, long templateVersionId, String campaignTitle,
        String circularReference, MemberState country, LocalDate deadline, AssignmentStatus status,
        Optional<String> withdrawnReason, boolean hardDeadline) {

    /** The day deadlines are compared with: in UTC, as the console says of its times. */
    public static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    /** Whether the deadline is hard and has passed: the State may not submit until it is extended. */
    public boolean pastHardDeadline(LocalDate today) {
        return hardDeadline && today.isAfter(deadline);
    }

    /** "12 days left", "due today", "3 days overdue". */
    /** Days until the deadline: 0 on the day, negative once overdue. */
    public long daysLeft(LocalDate today) {
        return ChronoUnit.DAYS.between(today, deadline);
    }

    public String timeLeft(LocalDate today) {
        long days = daysLeft(today);
        if (days == 0) {
            return "due today";
        }
        return days > 0 ? days + (days == 1 ? " day left" : " days left")
                : -days + (days == -1 ? " day overdue" : " days overdue");
    }
}
