package org.qconsole.dashboard;

import java.util.Map;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.assignment.Campaign;

/** One campaign in the overview of all campaigns. */
public record CampaignOverview(Campaign campaign, Map<AssignmentStatus, Long> statusCounts, int averagePercent,
        long overdue) {

    public long count(AssignmentStatus status) {
        return statusCounts.getOrDefault(status, 0L);
    }
}
