package org.qconsole.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FactLineTest {

    @Test
    void emptyPartsAreDroppedWithTheirSeparator() {
        assertThat(FactLine.of("Sweden (SWE)", "", "deadline 6 January 2027")).isEqualTo(
                "Sweden (SWE) · deadline 6 January 2027");
        assertThat(FactLine.of("Sweden (SWE)", " ", null)).isEqualTo("Sweden (SWE)");
    }

    @Test
    void givenPartsAreKeptInOrder() {
        assertThat(FactLine.of("France (FRA)", "CU 2023/187/DTA/CEB/CSS")).isEqualTo(
                "France (FRA) · CU 2023/187/DTA/CEB/CSS");
    }
}
