package org.qconsole.country;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.qconsole.country.repository.MemberStateRepository;
import org.qconsole.support.ConsoleTest;
import org.springframework.beans.factory.annotation.Autowired;

/** The reference data Liquibase loads: what every assignment and dashboard will rely on. */
@ConsoleTest
class MemberStateRepositoryTest {

    @Autowired
    MemberStateRepository repository;

    @Test
    void allUnitedNationsMemberStatesAreLoadedWithUniqueCodes() {
        List<MemberState> states = repository.findAll();

        assertThat(states).hasSize(193);
        assertThat(states).extracting(MemberState::alpha3).doesNotHaveDuplicates().allMatch(c -> c.matches("[A-Z]{3}"));
        assertThat(states).extracting(MemberState::alpha2).doesNotHaveDuplicates().allMatch(c -> c.matches("[A-Z]{2}"));
        assertThat(states).extracting(MemberState::numericCode).doesNotHaveDuplicates();
        assertThat(states).extracting(MemberState::name).isSorted();
    }

    @Test
    void everyStateIsInItsUnitedNationsRegionalGroup() {
        Map<String, Long> perGroup = repository.findAll().stream().collect(Collectors.groupingBy(
                s -> s.regionalGroup().map(RegionalGroup::code).orElse("none"), Collectors.counting()));

        assertThat(perGroup).containsExactlyInAnyOrderEntriesOf(Map.of(
                "AFRICAN", 54L, "ASIA_PACIFIC", 53L, "EASTERN_EUROPEAN", 23L,
                "LATIN_AMERICAN_CARIBBEAN", 33L, "WEOG", 29L, "none", 1L));
    }

    @Test
    void edgeCasesFollowTheDocumentedRules() {
        Map<String, MemberState> byCode = repository.findAll().stream()
                .collect(Collectors.toMap(MemberState::alpha3, Function.identity()));

        assertThat(byCode.get("KIR").regionalGroup()).as("Kiribati is in no regional group").isEmpty();
        assertThat(group(byCode, "USA")).as("observer, counted in WEOG for elections").isEqualTo("WEOG");
        assertThat(group(byCode, "TUR")).isEqualTo("WEOG");
        assertThat(group(byCode, "ISR")).isEqualTo("WEOG");
        assertThat(group(byCode, "CYP")).isEqualTo("ASIA_PACIFIC");
        assertThat(byCode).doesNotContainKeys("VAT", "PSE");
        MemberState sweden = byCode.get("SWE");
        assertThat(sweden.name()).isEqualTo("Sweden");
        assertThat(sweden.alpha2()).isEqualTo("SE");
        assertThat(sweden.numericCode()).isEqualTo("752");
        assertThat(sweden.label()).isEqualTo("Sweden (SWE)");
        assertThat(group(byCode, "KEN")).isEqualTo("AFRICAN");
        assertThat(group(byCode, "BRA")).isEqualTo("LATIN_AMERICAN_CARIBBEAN");
        assertThat(group(byCode, "JPN")).isEqualTo("ASIA_PACIFIC");
    }

    @Test
    void groupsComeInTheUnitedNationsOrderWithTheirNames() {
        assertThat(repository.findAllGroups()).extracting(RegionalGroup::name).containsExactly(
                "African States", "Asia-Pacific States", "Eastern European States",
                "Latin American and Caribbean States", "Western European and other States");
    }

    private static String group(Map<String, MemberState> byCode, String alpha3) {
        return byCode.get(alpha3).regionalGroup().map(RegionalGroup::code).orElse(null);
    }
}
