package org.qconsole.dashboard.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.qconsole.assignment.AssignmentStatus;
import org.qconsole.country.MemberState;
import org.qconsole.country.RegionalGroup;
import org.qconsole.dashboard.CountryProgress;

/** Which States the dashboard's filters let through: every filter narrows, and they combine. */
class CountryFilterTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
    private static final RegionalGroup AFRICA = new RegionalGroup("AFRICAN", "African States");
    private static final RegionalGroup WEOG = new RegionalGroup("WEOG", "Western European and other States");

    private static final CountryProgress KENYA = progress(1, "KEN", "Kenya", AFRICA, AssignmentStatus.IN_PROGRESS,
            TODAY.minusDays(1));
    private static final CountryProgress EGYPT = progress(2, "EGY", "Egypt", AFRICA, AssignmentStatus.SUBMITTED,
            TODAY.minusDays(1));
    private static final CountryProgress SWEDEN = progress(3, "SWE", "Sweden", WEOG, AssignmentStatus.NOT_STARTED,
            TODAY.plusDays(3));
    private static final CountryProgress KIRIBATI = progress(4, "KIR", "Kiribati", null, AssignmentStatus.NOT_STARTED,
            TODAY.plusDays(30));
    private static final CountryProgress GERMANY = progress(5, "DEU", "Germany", WEOG, AssignmentStatus.RETURNED,
            TODAY.plusDays(20));
    private static final List<CountryProgress> ALL = List.of(KENYA, EGYPT, SWEDEN, KIRIBATI, GERMANY);

    @Test
    void theDefaultsLetEveryStateThrough() {
        assertThat(shown(CountryFilter.ALL_GROUPS, null, CountryFilter.ANY, "")).isEqualTo(ALL);
    }

    @Test
    void eachFilterNarrowsAndTheyCombine() {
        assertThat(shown(AFRICA, null, CountryFilter.ANY, "")).containsExactly(KENYA, EGYPT);
        assertThat(shown(RegionalGroup.NONE, null, CountryFilter.ANY, "")).containsExactly(KIRIBATI);
        assertThat(shown(CountryFilter.ALL_GROUPS, AssignmentStatus.NOT_STARTED, CountryFilter.ANY, ""))
                .containsExactly(SWEDEN, KIRIBATI);
        assertThat(shown(WEOG, null, CountryFilter.ANY, ""))
                .containsExactly(SWEDEN, GERMANY);
        assertThat(shown(CountryFilter.ALL_GROUPS, null, CountryFilter.OVERDUE, "")).as("Egypt submitted")
                .containsExactly(KENYA);
        assertThat(shown(CountryFilter.ALL_GROUPS, null, CountryFilter.DUE_SOON, "")).containsExactly(SWEDEN);
        assertThat(shown(AFRICA, AssignmentStatus.NOT_STARTED, CountryFilter.ANY, "")).isEmpty();
    }

    @Test
    void theSearchMatchesPartOfTheNameOrTheWholeCodeInAnyCase() {
        assertThat(shown(CountryFilter.ALL_GROUPS, null, CountryFilter.ANY, "  ke ")).containsExactly(KENYA);
        assertThat(shown(CountryFilter.ALL_GROUPS, null, CountryFilter.ANY, "swe")).containsExactly(SWEDEN);
        assertThat(shown(CountryFilter.ALL_GROUPS, null, CountryFilter.ANY, "Ki")).containsExactly(KIRIBATI);
        assertThat(shown(CountryFilter.ALL_GROUPS, null, CountryFilter.ANY, "deu")).containsExactly(GERMANY);
        assertThat(shown(CountryFilter.ALL_GROUPS, null, CountryFilter.ANY, "EU")).as("part of a code is no match")
                .isEmpty();
    }

    @Test
    void aUserFindsAStateByItsNameInTheirLanguageOrInEnglish() {
        CountryProgress sweden = new CountryProgress(6, new MemberState("SWE", "SE", "752", "Sweden",
                Optional.of(WEOG)), AssignmentStatus.NOT_STARTED, TODAY, 0, 1, Optional.empty());
        CountryFilter filter = new CountryFilter(CountryFilter.ALL_GROUPS, null, CountryFilter.ANY, "SUÈDE");

        assertThat(filter.test(sweden, TODAY, Locale.FRENCH)).isTrue();
        assertThat(new CountryFilter(CountryFilter.ALL_GROUPS, null, CountryFilter.ANY, "swed")
                .test(sweden, TODAY, Locale.FRENCH)).as("the English name too").isTrue();
        assertThat(new CountryFilter(CountryFilter.ALL_GROUPS, null, CountryFilter.ANY, "瑞典")
                .test(sweden, TODAY, Locale.CHINESE)).isTrue();
        assertThat(filter.test(KENYA, TODAY, Locale.FRENCH)).isFalse();
    }

    private static List<CountryProgress> shown(RegionalGroup group, AssignmentStatus status, String deadline,
            String text) {
        CountryFilter filter = new CountryFilter(group, status, deadline, text);
        return ALL.stream().filter(c -> filter.test(c, TODAY, Locale.ENGLISH)).toList();
    }

    private static CountryProgress progress(long id, String alpha3, String name, RegionalGroup group,
            AssignmentStatus status, LocalDate deadline) {
        return new CountryProgress(id, new MemberState(alpha3, alpha3.substring(0, 2), "000", name,
                Optional.ofNullable(group)), status, deadline, 0, 1, Optional.empty());
    }
}
