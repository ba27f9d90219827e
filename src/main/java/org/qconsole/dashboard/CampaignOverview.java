package org.qconsole.dashboard;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.assignment.Campaign;

/** One campaign in the overview of all campaigns. */
public record CampaignOverview(Campaign campaign, Map<AssignmentStatus, Long> statusCounts, int averagePercent,
        long overdue) {

    public long count(AssignmentStatus status) {
        return statusCounts.getOrDefault(status, 0L);
    }

    /**
     * Whether the campaign is one a manager looking for these words means: every word, in any case, is in its
     * title, its circular's reference or its template's label ("ict 2023" finds "ICT-2023 v1"). Blank finds all.
     */
    public boolean matches(String search) {
        String haystack = String.join(" ", campaign.title(), nullToEmpty(campaign.circularReference()),
                campaign.templateLabel()).toLowerCase(Locale.ROOT);
        return Arrays.stream(search.toLowerCase(Locale.ROOT).split("[\\s\\p{Punct}]+"))
                .filter(word -> !word.isEmpty()).allMatch(haystack::contains);
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
