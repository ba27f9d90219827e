package org.qconsole.assignment;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.qconsole.model.Language;

/**
 * What the secretariat fills in to send a questionnaire out.
 *
 * @param languages the languages the questionnaire is sent in: English always (added when missing), and each
 *        other one only if the version is completely translated into it
 */
public record NewCampaign(long templateVersionId, String title, String circularReference, LocalDate deadline,
        Set<String> countries, Set<Language> languages) {

    public NewCampaign {
        countries = countries == null ? Set.of() : Set.copyOf(countries);
        EnumSet<Language> declared = EnumSet.of(Language.EN);
        if (languages != null) {
            declared.addAll(languages);
        }
        languages = Set.copyOf(declared);
    }

    /** A campaign sent in English only. */
    public NewCampaign(long templateVersionId, String title, String circularReference, LocalDate deadline,
            Set<String> countries) {
        this(templateVersionId, title, circularReference, deadline, countries, Set.of(Language.EN));
    }
}
