package org.qconsole.country;

import java.util.Locale;
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

    /**
     * The State's name in a language: the United Nations' English name, else the name in that language from the
     * Unicode CLDR data the JDK carries (the English name where it has none).
     */
    public String name(Locale language) {
        if (language.getLanguage().equals(Locale.ENGLISH.getLanguage())) {
            return name;
        }
        String local = new Locale.Builder().setRegion(alpha2).build().getDisplayCountry(language);
        return local.isBlank() || local.equals(alpha2) ? name : local;
    }

    /** The State's regional group, {@link RegionalGroup#NONE} for a State in none. */
    public RegionalGroup group() {
        return regionalGroup.orElse(RegionalGroup.NONE);
    }

    /**
     * Whether someone looking for {@code text} means this State: part of its name in their language or in
     * English, or its ISO alpha-3 or alpha-2 code; any case. A blank text means every State.
     */
    public boolean matches(String text, Locale language) {
        String wanted = text == null ? "" : text.strip().toLowerCase(language);
        return wanted.isEmpty() || name.toLowerCase(language).contains(wanted)
                || name(language).toLowerCase(language).contains(wanted)
                || alpha3.equalsIgnoreCase(wanted) || alpha2.equalsIgnoreCase(wanted);
    }

    /** {@link #label()} in a language. */
    public String label(Locale language) {
        return name(language) + " (" + alpha3 + ")";
    }
}
