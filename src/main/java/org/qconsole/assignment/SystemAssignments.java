package org.qconsole.assignment;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.qconsole.assignment.repository.CampaignRepository;
import org.qconsole.identity.SystemScope;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Campaigns the console writes for itself (the run command's demo data), with no user signed in:
 * every method requires {@link SystemScope}. Users send and follow campaigns through
 * {@link AssignmentService}, which checks their role and the workflow.
 */
@Component
@Transactional
public class SystemAssignments {

    private final CampaignRepository campaigns;

    SystemAssignments(CampaignRepository campaigns) {
        this.campaigns = campaigns;
    }

    public boolean anyCampaignUses(long versionId) {
        SystemScope.require();
        return !campaigns.campaignIdsUsingVersion(versionId).isEmpty();
    }

    /** Sends the version to the countries; returns each country's assignment id. */
    public Map<String, Long> send(long versionId, String title, String reference, LocalDate deadline,
            Collection<String> countries, String actor, String note) {
        SystemScope.require();
        long campaignId = campaigns.insertCampaign(versionId, title, reference, deadline, actor);
        Map<String, Long> assignments = campaigns.insertAssignments(campaignId, countries, deadline, actor);
        assignments.forEach((country, id) -> campaigns.recordEvent(id, country, "assigned", actor, note));
        return assignments;
    }

    public void moveDeadline(long assignmentId, LocalDate deadline) {
        SystemScope.require();
        campaigns.updateDeadline(assignmentId, deadline);
    }

    /** Writes an event into an assignment's history (as the demo data's responses would have it). */
    public void recordEvent(long assignmentId, String country, String action, String actor, String note) {
        SystemScope.require();
        campaigns.recordEvent(assignmentId, country, action, actor, note);
    }
}
