package org.qconsole.assignment;

import java.time.LocalDate;
import org.qconsole.assignment.repository.CampaignRepository;
import org.qconsole.identity.SystemScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the console does to campaigns for itself, with no user signed in: every method requires
 * {@link SystemScope}. Users send and follow campaigns through {@link AssignmentService}, which checks
 * their role and the rules; so does the demo data, acting as the demo realm's users, except for what no
 * user may do (below).
 */
@Component
@Transactional
public class SystemAssignments {

    private final CampaignRepository campaigns;

    SystemAssignments(CampaignRepository campaigns) {
        this.campaigns = campaigns;
    }

    /**
     * Moves an assignment's deadline to any date, the past included, and says so in its history. No user
     * may (a deadline is set after today and only ever extended): the demo data uses it for its late
     * States.
     *
     * @param actor how the history names the console's job that moved it
     */
    public void moveDeadline(long assignmentId, LocalDate deadline, String actor, String why) {
        SystemScope.require();
        var row = campaigns.findAssignment(assignmentId)
                .orElseThrow(() -> AssignmentException.because("assignment.refused.noAssignment", String.valueOf(assignmentId)));
        campaigns.updateDeadline(assignmentId, deadline);
        campaigns.recordEvent(assignmentId, row.country(), "deadline moved", actor,
                HistoryWords.deadlineMoved(row.deadline(), deadline, why));
    }
}
