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
 * @param hardDeadline after the deadline, only a granted extension lets a State submit
 */
public record NewCampaign(long templateVersionId, String title, String circularReference, LocalDate deadline,
        Set<String> countries, Set<Language> languages, boolean hardDeadline) {

    public NewCampaign {
        countries = countries == null ? Set.of() : Set.copyOf(countries);
        EnumSet<Language> declared = EnumSet.of(Language.EN);
        if (languages != null) {
            declared.addAll(languages);
        }
        languages = Set.copyOf(declared);
    }

    /** A campaign whose deadline is not hard. */
    public NewCampaign(long templateVersionId, String title, String circularReference, LocalDate deadline,
            Set<String> countries, Set<Language> languages) {
        this(templateVersionId, title, circularReference, deadline, countries, languages, false);
    }

    /** A campaign sent in English only. */
    public NewCampaign(long templateVersionId, String title, String circularReference, LocalDate deadline,
            Set<String> countries) {
        this(templateVersionId, title, circularReference, deadline, countries, Set.of(Language.EN), false);
    }

    /** The same campaign, with a hard deadline. */
    public NewCampaign withHardDeadline() {
        return new NewCampaign(templateVersionId, title, circularReference, deadline, countries, languages, true);
    }
}
