package org.qconsole.assignment;

import java.time.LocalDate;
import java.util.Set;

/** What the secretariat fills in to send a questionnaire out. */
public record NewCampaign(long templateVersionId, String title, String circularReference, LocalDate deadline,
        Set<String> countries) {

    public NewCampaign {
        countries = countries == null ? Set.of() : Set.copyOf(countries);
    }
}
