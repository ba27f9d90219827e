package org.qconsole.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.country.MemberState;
import org.qconsole.country.RegionalGroup;
import org.qconsole.questionnaire.Progress;

/**
 * Where one country stands in a campaign.
 *
 * @param answered required, shown questions (and plugin section parts) answered
 * @param submittedAt the first submission, if any
 */
public record CountryProgress(long assignmentId, MemberState country, AssignmentStatus status, LocalDate deadline,
        int answered, int required, Optional<Instant> submittedAt) {

    /** Days the secretariat still waits for a response that is "due soon". */
    public static final int DUE_SOON_DAYS = 7;

    public int percent() {
        return Progress.percent(answered, required);
    }

    /** The secretariat still waits for it (not submitted, accepted or withdrawn). */
    public boolean awaited() {
        return status.isAwaited();
    }

    public boolean overdue(LocalDate today) {
        return awaited() && deadline.isBefore(today);
    }

    public boolean dueSoon(LocalDate today) {
        long days = ChronoUnit.DAYS.between(today, deadline);
        return awaited() && days >= 0 && days <= DUE_SOON_DAYS;
    }

    public RegionalGroup group() {
        return country.group();
    }
}
