package org.qconsole.dashboard;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.assignment.Campaign;
import org.qconsole.country.RegionalGroup;

/**
 * A campaign at a glance: every country's progress, with breakdowns by regional group and by section,
 * and the submissions day by day. Averages leave withdrawn assignments out.
 */
public record CampaignDashboard(Campaign campaign, List<CountryProgress> countries, List<GroupBreakdown> groups,
        List<SectionBreakdown> sections, SortedMap<LocalDate, Integer> submissionsByDay) {

    public CampaignDashboard {
        countries = List.copyOf(countries);
        groups = List.copyOf(groups);
        sections = List.copyOf(sections);
        submissionsByDay = new TreeMap<>(submissionsByDay);
    }

    /** Completion of one regional group's countries. */
    public record GroupBreakdown(RegionalGroup group, int countries, int submitted, int averagePercent) {
    }

    /** Average completion of one section across countries. */
    public record SectionBreakdown(String key, String label, int averagePercent) {
    }

    /** How many countries are in each status (every status present, zero included). */
    public Map<AssignmentStatus, Long> statusCounts() {
        Map<AssignmentStatus, Long> counts = new EnumMap<>(AssignmentStatus.class);
        for (AssignmentStatus status : AssignmentStatus.values()) {
            counts.put(status, countries.stream().filter(c -> c.status() == status).count());
        }
        return counts;
    }

    public int averagePercent() {
        return (int) countries.stream().filter(c -> c.status() != AssignmentStatus.WITHDRAWN)
                .mapToInt(CountryProgress::percent).average().orElse(0);
    }

    public List<CountryProgress> overdue(LocalDate today) {
        return countries.stream().filter(c -> c.overdue(today)).toList();
    }

    public List<CountryProgress> dueSoon(LocalDate today) {
        return countries.stream().filter(c -> c.dueSoon(today)).toList();
    }
}
