package org.qconsole.assignment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.qconsole.model.Language;

/**
 * A questionnaire sent out: one published template version, to a set of member States, by a deadline.
 *
 * @param templateLabel e.g. {@code ICT-2023 v1}
 * @param assigned how many States it was sent to (withdrawn ones included)
 * @param languages the languages it was sent in, English first, in the order of {@link Language}
 * @param hardDeadline whether, after a State's deadline, only a granted extension lets it submit
 */
public record Campaign(long id, long templateVersionId, String templateLabel, String title,
        String circularReference, LocalDate deadline, int assigned, Instant createdAt, String createdBy,
        List<Language> languages, boolean hardDeadline) {

    public Campaign {
        languages = languages.stream().sorted().distinct().toList();
    }

    /** The languages of the codes stored with a campaign. */
    public static List<Language> languagesOf(String[] codes) {
        return Arrays.stream(codes).map(Language::fromCode).toList();
    }

    /** The same campaign sent to this many States (for reads that count them while reading the campaign). */
    public Campaign withAssigned(int states) {
        return new Campaign(id, templateVersionId, templateLabel, title, circularReference, deadline, states,
                createdAt, createdBy, languages, hardDeadline);
    }
}
