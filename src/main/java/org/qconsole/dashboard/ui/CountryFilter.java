package org.qconsole.dashboard.ui;

import java.time.LocalDate;
import java.util.Locale;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.country.RegionalGroup;
import org.qconsole.dashboard.CountryProgress;

/**
 * Which States the dashboard's list shows.
 *
 * @param group a regional group, or {@link #ALL_GROUPS}
 * @param status a status, or {@code null} for any
 * @param deadline {@link #ANY}, {@link #OVERDUE} or {@link #DUE_SOON}
 * @param text part of a State's name, or its ISO code (any case); blank for any State
 */
record CountryFilter(RegionalGroup group, AssignmentStatus status, String deadline, String text) {

    // Values, not texts: the fields show them in words from the messages (dashboard.filter.*).
    /** Every regional group (no group has its code); shown in words from the messages. */
    static final RegionalGroup ALL_GROUPS = new RegionalGroup("*", "*");
    static final String ANY = "any";
    static final String OVERDUE = "overdue";
    static final String DUE_SOON = "due-soon";

    CountryFilter {
        text = text == null ? "" : text;
    }

    /** Whether the list shows a State, for a user of that language (who may look for it by its name in it). */
    boolean test(CountryProgress c, LocalDate today, Locale language) {
        return (ALL_GROUPS.equals(group) || c.group().equals(group))
                && (status == null || c.status() == status)
                && (ANY.equals(deadline) || (OVERDUE.equals(deadline) && c.overdue(today))
                        || (DUE_SOON.equals(deadline) && c.dueSoon(today)))
                && c.country().matches(text, language);
    }
}
