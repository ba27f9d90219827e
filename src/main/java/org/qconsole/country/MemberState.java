package org.qconsole.country;

import java.util.Optional;

/**
 * A United Nations member State with its ISO 3166-1 codes.
 *
 * @param regionalGroup empty for a State in no regional group (Kiribati); see docs/reference-data.md
 */
public record MemberState(String alpha3, String alpha2, String numericCode, String name,
        Optional<RegionalGroup> regionalGroup) {

    /** "Sweden (SWE)": how the console names a State wherever space allows. */
    public String label() {
        return name + " (" + alpha3 + ")";
    }
}
